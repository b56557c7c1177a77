package org.clusterhub.challenge.api;

/** A bidder withdrew its bid before the deadline. */
public record BidWithdrawnEvent(ChallengeId challengeId,
        String bidId,
        String bidderOrganization) {
}
