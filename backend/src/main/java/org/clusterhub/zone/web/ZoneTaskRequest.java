package org.clusterhub.zone.web;

import java.time.LocalDate;
import java.util.List;

/** Body of adding or revising a task of the zone's creation task list. */
public record ZoneTaskRequest(String title, List<String> ownerOrganizations, LocalDate startDate, LocalDate dueDate) {
}
