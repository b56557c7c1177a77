package org.clusterhub.project.api;

public record ProjectDocumentAttachedEvent(ProjectId projectId, String attachmentId, String category,
                                           String fileName, String contentType, long size, String sha256) {
}
