package org.clusterhub.consortium.api;

/** A page of consortia, most recently changed first. */
public record FindConsortiaQuery(ConsortiumFilter filter, int offset, int limit) {
}
