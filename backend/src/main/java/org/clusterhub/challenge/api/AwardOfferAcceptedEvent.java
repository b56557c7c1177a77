package org.clusterhub.challenge.api;

/** The next-ranked bidder accepted the award: it is the winner now. */
public record AwardOfferAcceptedEvent(ChallengeId challengeId,
        String bidId,
        String organization,
        String note) {
}
