package org.clusterhub.project.api;

public record BudgetLineRemovedEvent(ProjectId projectId, String lineId) {
}
