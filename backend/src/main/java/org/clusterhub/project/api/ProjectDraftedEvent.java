package org.clusterhub.project.api;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

public record ProjectDraftedEvent(ProjectId projectId, ClusterId clusterId, ProjectKind kind, String title,
                                  String leadOrganization, City city, String personInCharge, int startYear,
                                  int endYear) {
}
