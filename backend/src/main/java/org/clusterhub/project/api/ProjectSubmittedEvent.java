package org.clusterhub.project.api;

import java.time.LocalDate;
import org.clusterhub.shared.City;

/** @param reviewDueDate the date by which the center city should finish its first review */
public record ProjectSubmittedEvent(ProjectId projectId, City city, LocalDate reviewDueDate) {
}
