package org.clusterhub.project.api;

/**
 * What changed in a project between two points of its history (each rebuilt from the events up to it); answered
 * with a {@link ProjectComparison}.
 */
public record CompareProjectVersionsQuery(ProjectId projectId, long fromSequence, long toSequence) {
}
