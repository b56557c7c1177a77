package org.clusterhub.project.api;

import java.time.Instant;

/**
 * The library's projects counted by cluster and status and by city and status, within {@code scope}, as the library
 * lists them: live from the read model when {@code asOf} is null, else as the library stood at {@code asOf}
 * (rebuilt from the event store as for {@link FindProjectsAsOfQuery}). Answered with {@link ProjectStatistics}.
 */
public record FindProjectStatisticsQuery(ProjectScope scope, Instant asOf) {
}
