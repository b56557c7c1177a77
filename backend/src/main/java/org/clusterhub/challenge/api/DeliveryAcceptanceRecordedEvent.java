package org.clusterhub.challenge.api;

import java.util.List;

/** The final acceptance (验收) was recorded against the technical indicators. */
public record DeliveryAcceptanceRecordedEvent(ChallengeId challengeId,
        List<IndicatorResult> results,
        boolean passed,
        String opinion) {
}
