package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import org.clusterhub.shared.Sealed;

/** A bid was submitted. Who bid is known (every command records its sender); what they offer is sealed. */
public record BidSubmittedEvent(ChallengeId challengeId,
        String bidId,
        String bidderOrganization,
        ConsortiumBidder consortium,
        @Sealed String approach,
        @Sealed String team,
        @Sealed String schedule,
        @Sealed BigDecimal price) {
}
