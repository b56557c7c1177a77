package org.clusterhub.supervision.web;

import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;

/** A replay at one point: the whole timeline and the aggregate as it was right after event {@code state.sequenceNumber}. */
record ReplayResponse(ReplayTimeline timeline, ReplayState state) {
}
