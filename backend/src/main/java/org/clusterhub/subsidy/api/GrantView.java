package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * A grant with its tranches (万元): {@code payable} is what may be paid now. {@code programmeVersion} is the version
 * of the programme whose event last changed the grant.
 */
public record GrantView(GrantId grantId, FundingProgrammeId programmeId, String programmeName, int year,
                        ProgrammeKind programmeKind, RecipientKind recipientKind, ProjectId projectId,
                        String projectTitle, String organization, ClusterId clusterId, String clusterName, City city,
                        BigDecimal amount, BigDecimal paid, BigDecimal payable, GrantState state, String purpose,
                        List<TrancheView> tranches, Instant awardedAt, Instant lastChangedAt,
                        String withdrawalReason, long programmeVersion) {
}
