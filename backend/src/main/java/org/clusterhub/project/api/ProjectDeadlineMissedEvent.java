package org.clusterhub.project.api;

import java.time.LocalDate;

/** A watched date passed with the work not done. {@code subjectId} names the milestone for a milestone deadline. */
public record ProjectDeadlineMissedEvent(ProjectId projectId, DeadlineKind kind, String subjectId,
                                         LocalDate dueDate) {
}
