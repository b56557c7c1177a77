package org.clusterhub.consortium.web;

/** The consortium's version after a change. */
record ConsortiumVersionResponse(long version) {
}
