package org.clusterhub.subsidy.command;

import java.util.Optional;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.subsidy.api.SubsidyCluster;
import org.clusterhub.subsidy.api.SubsidyProject;

/**
 * What a funding programme needs to know of projects and clusters when it grants: whether a project is in the
 * library, whose it is, its milestones; a cluster's promotion organization and center city. Learned from the project
 * and cluster contexts' events by the subsidy context's own processor, and handed to the programme's command
 * handlers by Axon (an injected resource), so that a grant never trusts the caller for these facts.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
public interface SubsidyDirectory {

    Optional<SubsidyProject> project(ProjectId projectId);

    Optional<SubsidyCluster> cluster(ClusterId clusterId);
}
