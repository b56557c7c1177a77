package org.clusterhub.project.api;

public record ProjectOverviewRevisedEvent(ProjectId projectId, ProjectKind kind, String title, String personInCharge,
                                          int startYear, int endYear) {
}
