package org.clusterhub.project.api;

public record ProjectLibraryStateChangedEvent(ProjectId projectId, LibraryState from, LibraryState to,
                                              String reason) {
}
