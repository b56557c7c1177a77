package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;

/** One row of the challenge list. */
public record ChallengeSummary(ChallengeId challengeId, ClusterId clusterId, String clusterNameZh, String clusterNameEn,
                               String title, TechnologyArea area, String postingOrganization, BigDecimal budget,
                               Instant bidsCloseAt, ChallengeStatus status, int bidCount, Instant lastChangedAt) {
}
