package org.clusterhub.project.web;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOrigin;
import org.clusterhub.shared.City;

/**
 * The first version of a project; the server generates its id.
 *
 * @param origin optional: the challenge and its winning bid the project follows up (ADR 018)
 */
record DraftProjectRequest(ClusterId clusterId, ProjectKind kind, String title, String leadOrganization, City city,
                           String personInCharge, int startYear, int endYear, ProjectOrigin origin) {
}
