package org.clusterhub.project.api;

/** @param supplementary true for 增补 (added outside the approval path) */
public record ProjectEnteredLibraryEvent(ProjectId projectId, LibraryState state, String reason,
                                         boolean supplementary) {
}
