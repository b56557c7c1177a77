package org.clusterhub.challenge.api;

import org.clusterhub.shared.Actor;

/**
 * The challenge as {@code viewer} would have seen it right after its event {@code sequenceNumber}, rebuilt from its
 * stored events up to that point (never from a stored copy): bids, scores and the ranking only where the viewer could
 * read them then. Answered with an optional {@link ChallengeView}, empty for an unknown challenge.
 */
public record FindChallengeAsOfQuery(ChallengeId challengeId, Actor viewer, long sequenceNumber) {
}
