package org.clusterhub.supervision.api;

/**
 * Every stored event caused by one user action (ADR 018): the events whose {@code traceId} (Axon's root message id:
 * the id of the command the person sent) is {@code correlationId}, across all aggregates, in store order. Answered
 * with an optional {@link CorrelatedEvents}, empty when no event carries the id. Callers show only
 * {@link CorrelatedEvents#visibleTo} the viewer.
 */
public record FindCorrelationQuery(String correlationId) {
}
