package org.clusterhub.supervision.api;

import org.clusterhub.shared.Actor;

/**
 * What changed in an aggregate between two points of its history, each rebuilt from its events up to it, as
 * {@code viewer} would have seen them; answered with a {@link ReplayComparison}.
 */
public record CompareReplayPointsQuery(String aggregateId, long fromSequence, long toSequence, Actor viewer) {
}
