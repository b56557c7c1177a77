package org.clusterhub.zone.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.City;

/**
 * One zone side by side with the others: status, each indicator against its target, task progress (the average of
 * the tasks' percentages), and what waits for a supervisor (values not accepted, questions not answered).
 */
public record ZoneComparisonRow(ZoneId zoneId, long version, Integer planNumber, String nameZh, String nameEn,
                                City city, ZoneKind kind, ZoneCreationStatus status, List<IndicatorBrief> indicators,
                                int offTrackCount, int taskCount, int averageProgress, int overdueTasks,
                                int valuesAwaitingAcceptance, int openQuestions, Instant lastReportAt) {
}
