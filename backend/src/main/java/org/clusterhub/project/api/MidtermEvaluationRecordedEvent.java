package org.clusterhub.project.api;

public record MidtermEvaluationRecordedEvent(ProjectId projectId, EvaluationGrade grade, String comments,
                                             boolean onSiteCheck, String onSiteFindings) {
}
