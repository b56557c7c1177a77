package org.clusterhub.project.api;

import java.time.LocalDate;

public record MidtermEvaluationStartedEvent(ProjectId projectId, LocalDate selfEvaluationDue) {
}
