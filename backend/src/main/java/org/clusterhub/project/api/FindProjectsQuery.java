package org.clusterhub.project.api;

/** A page of the project library within the asker's scope. */
public record FindProjectsQuery(ProjectFilter filter, ProjectScope scope, ProjectSort sort, boolean descending,
                                int offset, int limit) {
}
