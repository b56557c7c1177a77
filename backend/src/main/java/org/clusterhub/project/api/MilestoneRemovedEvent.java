package org.clusterhub.project.api;

public record MilestoneRemovedEvent(ProjectId projectId, String milestoneId) {
}
