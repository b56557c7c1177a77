package org.clusterhub.challenge.web;

import java.time.Instant;

/** A new bid deadline (an ISO instant). */
record DeadlineRequest(Instant bidsCloseAt) {
}
