package org.clusterhub.challenge.api;

import java.math.BigDecimal;
import java.time.Instant;

/** The award as offered to the next-ranked bidder after the winner withdrew. */
public record OfferView(String bidId, String organization, int rank, BigDecimal score, Instant offeredAt) {
}
