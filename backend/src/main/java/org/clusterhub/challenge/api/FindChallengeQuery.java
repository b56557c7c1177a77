package org.clusterhub.challenge.api;

import org.clusterhub.shared.Actor;

/**
 * One challenge as {@code viewer} may see it: bids, scores and the ranking appear only where the viewer is allowed to
 * read them. With {@code atLeastVersion} >= 0 the answer waits briefly for the read model to reach that version.
 */
public record FindChallengeQuery(ChallengeId challengeId, Actor viewer, long atLeastVersion) {
}
