package org.clusterhub.project.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * @param subjectId the milestone, objection or change request the item is about; null for the project itself
 * @param changeKind what a change request to decide would change; null for other work
 */
public record WorkItem(ProjectId projectId, String projectTitle, WorkKind kind, String subjectId, String subject,
                       ChangeKind changeKind, LocalDate due, boolean overdue, Instant since) {
}
