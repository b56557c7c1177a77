package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import org.clusterhub.shared.Sealed;

/** A bidder revised its bid; the new content is sealed. */
public record BidRevisedEvent(ChallengeId challengeId,
        String bidId,
        String bidderOrganization,
        @Sealed String approach,
        @Sealed String team,
        @Sealed String schedule,
        @Sealed BigDecimal price) {
}
