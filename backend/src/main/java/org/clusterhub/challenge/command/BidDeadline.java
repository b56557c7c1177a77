package org.clusterhub.challenge.command;

import java.time.Instant;

/**
 * What the bid deadline remembers: the moment it watches and the round of bidding. A deadline from an earlier round
 * or an earlier date (extended since) finds a different state and records nothing.
 */
record BidDeadline(Instant closesAt, int round) {

    /** Stored with the deadline in {@code scheduled_tasks}: renaming it strands deadlines already scheduled. */
    static final String NAME = "challenge-bids-close";
}
