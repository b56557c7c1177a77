package org.clusterhub.project.api;

/**
 * One project as its editor shows it. With {@code atLeastVersion} the answer waits briefly until the read model has
 * caught up with that aggregate version.
 */
public record FindProjectQuery(ProjectId projectId, long atLeastVersion) {

    public FindProjectQuery(ProjectId projectId) {
        this(projectId, -1);
    }
}
