package org.clusterhub.project.web;

import org.clusterhub.project.api.ProjectId;

/** The new project's id and version. */
record ProjectCreatedResponse(ProjectId projectId, long version) {
}
