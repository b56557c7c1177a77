package org.clusterhub.shared;

import java.io.InputStream;
import java.util.Optional;

/**
 * Files attached to aggregates (application forms, contracts, acceptance reports, evidence). A file is stored first
 * and becomes part of an aggregate only through the command that links it (its event names the file's id); a file
 * whose command was refused is discarded.
 */
public interface AttachmentStore {

    /**
     * Stores a file, checking its size and type against the configured limits.
     *
     * @throws DomainRuleViolation {@code attachment.error.tooLarge} or {@code attachment.error.typeNotAllowed};
     *         nothing is stored then
     */
    StoredFile store(String ownerId, String fileName, String contentType, InputStream content);

    Optional<FileContent> open(String attachmentId);

    void discard(String attachmentId);

    record StoredFile(String attachmentId, String fileName, String contentType, long size, String sha256) {
    }

    record FileContent(StoredFile file, InputStream content) {
    }
}
