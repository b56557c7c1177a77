package org.clusterhub.project.api;

/**
 * The project as it was right after its event {@code sequenceNumber}, rebuilt from its stored events up to that
 * point (never from a stored copy); answered with an optional {@link ProjectView}, empty for an unknown project.
 */
public record FindProjectAsOfQuery(ProjectId projectId, long sequenceNumber) {
}
