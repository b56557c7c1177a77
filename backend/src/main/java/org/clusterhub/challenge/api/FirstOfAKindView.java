package org.clusterhub.challenge.api;

import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;

/** A first-of-a-kind result of a challenge, as the cluster's page lists it. */
public record FirstOfAKindView(String resultId, ChallengeId challengeId, String challengeTitle, ClusterId clusterId,
                               FirstOfAKindKind kind, String productName, String organization, String description,
                               Instant registeredAt) {
}
