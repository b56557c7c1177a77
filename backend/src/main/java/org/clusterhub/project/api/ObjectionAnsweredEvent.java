package org.clusterhub.project.api;

public record ObjectionAnsweredEvent(ProjectId projectId, String objectionId, String answer) {
}
