package org.clusterhub.supervision.api;

import org.clusterhub.shared.Actor;

/**
 * One aggregate as it was right after its event {@code sequenceNumber}, as {@code viewer} would have seen it then;
 * answered with an optional {@link ReplayState}, empty when the id has no events.
 */
public record FindReplayStateQuery(String aggregateId, long sequenceNumber, Actor viewer) {
}
