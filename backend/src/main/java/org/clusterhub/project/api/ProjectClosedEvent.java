package org.clusterhub.project.api;

public record ProjectClosedEvent(ProjectId projectId, EvaluationGrade grade, String comments) {
}
