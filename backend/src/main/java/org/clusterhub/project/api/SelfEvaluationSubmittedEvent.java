package org.clusterhub.project.api;

public record SelfEvaluationSubmittedEvent(ProjectId projectId, SelfEvaluationStage stage, EvaluationGrade grade,
                                           String summary) {
}
