package org.clusterhub.challenge.api;

/** The next-ranked bidder declined the award. */
public record AwardOfferDeclinedEvent(ChallengeId challengeId,
        String bidId,
        String organization,
        String note) {
}
