package org.clusterhub.challenge.api;

import java.util.List;
import org.clusterhub.shared.Sealed;

/** Every bid was scored by every evaluator not excluded from it. The ranking is sealed until the decision is published. */
public record EvaluationCompletedEvent(ChallengeId challengeId,
        @Sealed List<RankedBid> ranking,
        int bidCount) {
}
