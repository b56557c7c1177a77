package org.clusterhub.subsidy.api;

import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * What the funding programmes know of a project, learned from the project's events: who it belongs to, whether it is
 * in the project library ({@code libraryState} null: never entered), approved (立项), accepted (验收通过), and its
 * milestones.
 */
public record SubsidyProject(ProjectId projectId, String title, ClusterId clusterId, City city,
                             String leadOrganization, LibraryState libraryState, boolean approved, boolean accepted,
                             List<SubsidyMilestone> milestones) {

    public boolean inLibrary() {
        return libraryState != null && libraryState != LibraryState.EXITED;
    }
}
