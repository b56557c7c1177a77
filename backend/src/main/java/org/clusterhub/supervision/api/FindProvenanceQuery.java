package org.clusterhub.supervision.api;

/**
 * Where an aggregate came from and what it led to (ADR 018), following the links its events and the events of
 * others record (a consortium proposed from a matchmaking meeting, its bid on a challenge, the project that follows
 * the winning bid up, the grant to that project) and the user actions that changed several aggregates at once.
 * Answered with an optional {@link Provenance}, empty when the aggregate has no events. Callers check
 * {@link ProvenanceNode#mayBeOpenedBy} on its root before showing it.
 */
public record FindProvenanceQuery(String aggregateId) {
}
