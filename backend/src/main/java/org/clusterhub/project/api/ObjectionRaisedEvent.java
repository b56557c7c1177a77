package org.clusterhub.project.api;

public record ObjectionRaisedEvent(ProjectId projectId, String objectionId, String realName, String organization,
                                   String text, long publishedVersion) {
}
