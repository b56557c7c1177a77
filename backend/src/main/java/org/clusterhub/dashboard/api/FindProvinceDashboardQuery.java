package org.clusterhub.dashboard.api;

import java.time.Instant;

/**
 * The province dashboard (issue 7, point 5): live when {@code asOf} is null, else as things stood at {@code asOf},
 * rebuilt from the event store (ADR 016). Answered with a {@link ProvinceDashboard}. Supervisors only: the screen and
 * the API check the role before asking.
 */
public record FindProvinceDashboardQuery(Instant asOf) {
}
