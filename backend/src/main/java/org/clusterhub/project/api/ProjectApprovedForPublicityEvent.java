package org.clusterhub.project.api;

import java.time.LocalDate;

/** The provincial decision to approve; publicity shows exactly version {@code publishedVersion}. */
public record ProjectApprovedForPublicityEvent(ProjectId projectId, String comments, long publishedVersion,
                                               LocalDate publicityStartsOn, LocalDate publicityEndsOn) {
}
