package org.clusterhub.challenge.api;

/** Where a challenge stands, from posting (发榜) through bidding (揭榜) and choosing (挂帅) to accepted delivery. */
public enum ChallengeStatus {
    /** Posted; bids may be submitted, revised and withdrawn until the deadline. */
    OPEN,
    /** The deadline passed without a bid: the poster extends the deadline or re-posts. */
    NO_BIDS,
    /** Bidding closed; the evaluators score the bids. */
    EVALUATION,
    /** The poster chose a winner; not yet published. */
    CHOSEN,
    /** The winner withdrew; the next-ranked bidder was offered the award and has not answered. */
    OFFERED,
    /** The decision is published; the winning team delivers against milestones. */
    DELIVERY,
    /** Every ranked bidder withdrew or declined: the poster re-posts or cancels. */
    UNAWARDED,
    /** Delivery accepted against the technical indicators. */
    COMPLETED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
