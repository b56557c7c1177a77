package org.clusterhub.supervision.api;

/** How far a store-wide verification has come: events checked of the events stored when it began. */
public record VerificationProgress(long checked, long total) {
}
