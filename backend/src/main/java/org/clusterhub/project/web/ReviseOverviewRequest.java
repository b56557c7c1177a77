package org.clusterhub.project.web;

import org.clusterhub.project.api.ProjectKind;

/** A draft's title, kind, person in charge and years, against the version the editor saw. */
record ReviseOverviewRequest(ProjectKind kind, String title, String personInCharge, int startYear, int endYear,
                             Long expectedVersion) {
}
