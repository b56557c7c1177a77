package org.clusterhub.challenge.api;

import org.clusterhub.cluster.api.ClusterId;

/** A result was registered as first-of-a-kind for the cluster. */
public record FirstOfAKindRegisteredEvent(ChallengeId challengeId,
        ClusterId clusterId,
        String resultId,
        FirstOfAKindKind kind,
        String productName,
        String organization,
        String description) {
}
