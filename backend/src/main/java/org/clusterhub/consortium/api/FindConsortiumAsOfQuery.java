package org.clusterhub.consortium.api;

/**
 * The consortium as it was right after its event {@code sequenceNumber}, rebuilt from its stored events up to that
 * point (never from a stored copy); answered with an optional {@link ConsortiumView}, empty for an unknown one.
 */
public record FindConsortiumAsOfQuery(ConsortiumId consortiumId, long sequenceNumber) {
}
