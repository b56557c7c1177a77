package org.clusterhub.zone.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clusterhub.shared.City;

/**
 * A zone's creation and monitoring: status (with the note of the step that set it, the batch that recommended it),
 * indicators with their targets and reported values, task list. {@code version} is the aggregate's.
 */
public record ZoneMonitoringView(ZoneId zoneId, long version, String nameZh, String nameEn, City city, ZoneKind kind,
                                 ZoneCreationStatus status, String statusNote, Instant statusChangedAt,
                                 ZoneBatchId batchId, String batchName, String batchReasons, LocalDate createdOn,
                                 List<ZoneIndicatorView> indicators, List<ZoneTaskView> tasks) {
}
