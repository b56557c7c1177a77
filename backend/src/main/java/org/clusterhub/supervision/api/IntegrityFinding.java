package org.clusterhub.supervision.api;

/**
 * Something wrong with a stored history.
 *
 * @param sequenceNumber the event concerned; for {@link IntegrityProblem#MISSING}, the first one missing
 * @param detail for people: what was expected and what was found
 */
public record IntegrityFinding(String aggregateId, long sequenceNumber, IntegrityProblem problem, String detail) {
}
