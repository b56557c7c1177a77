package org.clusterhub.project.api;

import java.time.Instant;
import java.time.LocalDate;

/** @param subjectId the milestone, objection or change request the item is about; null for the project itself */
public record WorkItem(ProjectId projectId, String projectTitle, WorkKind kind, String subjectId, String subject,
                       LocalDate due, boolean overdue, Instant since) {
}
