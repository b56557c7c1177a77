package org.clusterhub.subsidy.api;

import org.clusterhub.project.api.ProjectId;

/** One project as the funding programmes know it; answered with an optional {@link SubsidyProject}. */
public record FindSubsidyProjectQuery(ProjectId projectId) {
}
