package org.clusterhub.zone.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task of the zone's creation task list; {@code overdue}: past its due date (Shanghai) and not done. */
public record ZoneTaskView(String taskId, String title, List<String> ownerOrganizations, LocalDate startDate,
                           LocalDate dueDate, int percentDone, String lastNote, Instant lastReportedAt,
                           boolean overdue) {
}
