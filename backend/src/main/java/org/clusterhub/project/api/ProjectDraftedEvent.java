package org.clusterhub.project.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

/**
 * A project was drafted.
 *
 * @param origin the challenge's winning bid it follows up; null for a project drafted on its own (and for every
 *               project drafted before origins were recorded: the field is simply absent from those events)
 */
public record ProjectDraftedEvent(ProjectId projectId, ClusterId clusterId, ProjectKind kind, String title,
                                  String leadOrganization, City city, String personInCharge, int startYear,
                                  int endYear, ProjectOrigin origin) {

    @JsonCreator
    public ProjectDraftedEvent {
    }

    /** A project drafted on its own. */
    public ProjectDraftedEvent(ProjectId projectId, ClusterId clusterId, ProjectKind kind, String title,
                               String leadOrganization, City city, String personInCharge, int startYear, int endYear) {
        this(projectId, clusterId, kind, title, leadOrganization, city, personInCharge, startYear, endYear, null);
    }
}
