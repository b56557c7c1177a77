package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import org.clusterhub.shared.Sealed;

/** The poster chose the winner (挂帅). Who and why are sealed until the decision is published. */
public record WinnerChosenEvent(ChallengeId challengeId,
        String bidId,
        @Sealed String organization,
        @Sealed BigDecimal score,
        @Sealed Integer rank,
        @Sealed String reason) {
}
