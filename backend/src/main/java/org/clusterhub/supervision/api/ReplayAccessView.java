package org.clusterhub.supervision.api;

import java.time.Instant;

/** One recorded access to a replay: who, when, what, which point and how. */
public record ReplayAccessView(String id, Instant at, String username, String displayName, String role,
                               String organization, String city, String viewedAggregateId,
                               String viewedAggregateType, String viewedTitle, ReplayAccessAction action,
                               Long sequenceNumber) {
}
