package org.clusterhub.project.api;

public record ParticipantRemovedEvent(ProjectId projectId, String organization) {
}
