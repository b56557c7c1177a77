package org.clusterhub.project.api;

import java.time.Instant;

/** @param eventSequence the aggregate version of the event that attached it */
public record AttachmentView(String attachmentId, String category, String fileName, String contentType, long size,
                             String sha256, String addedBy, Instant addedAt, long eventSequence) {
}
