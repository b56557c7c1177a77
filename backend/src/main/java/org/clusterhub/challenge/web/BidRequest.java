package org.clusterhub.challenge.web;

import java.math.BigDecimal;
import org.clusterhub.challenge.api.ConsortiumBidder;

/** A bid's content; {@code consortium} only when bidding for an innovation consortium; {@code bidderOrganization} defaults to the caller's. */
record BidRequest(String bidderOrganization, ConsortiumBidder consortium, String approach, String team, String schedule,
                  BigDecimal price) {
}
