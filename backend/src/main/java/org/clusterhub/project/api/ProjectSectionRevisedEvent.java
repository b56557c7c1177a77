package org.clusterhub.project.api;

public record ProjectSectionRevisedEvent(ProjectId projectId, ProjectSection section, String text) {
}
