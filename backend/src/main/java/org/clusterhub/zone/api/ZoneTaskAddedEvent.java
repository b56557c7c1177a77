package org.clusterhub.zone.api;

import java.time.LocalDate;
import java.util.List;

public record ZoneTaskAddedEvent(ZoneId zoneId, String taskId, String title, List<String> ownerOrganizations,
                                 LocalDate startDate, LocalDate dueDate) {
}
