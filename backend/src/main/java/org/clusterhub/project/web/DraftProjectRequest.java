package org.clusterhub.project.web;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.shared.City;

/** The first version of a project; the server generates its id. */
record DraftProjectRequest(ClusterId clusterId, ProjectKind kind, String title, String leadOrganization, City city,
                           String personInCharge, int startYear, int endYear) {
}
