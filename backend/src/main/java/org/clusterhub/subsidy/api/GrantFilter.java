package org.clusterhub.subsidy.api;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * The grant list's filter; null fields do not filter. The viewer's scope applies on top of it.
 *
 * @param organization the recipient organization (exact name)
 * @param text in the recipient, project title, purpose or programme name, ignoring case
 */
public record GrantFilter(FundingProgrammeId programmeId, Integer year, ProjectId projectId, ClusterId clusterId,
                          City city, String organization, GrantState state, String text) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null, null, null, null, null, null);
    }

    public static GrantFilter ofProgramme(FundingProgrammeId programmeId) {
        return new GrantFilter(programmeId, null, null, null, null, null, null, null);
    }
}
