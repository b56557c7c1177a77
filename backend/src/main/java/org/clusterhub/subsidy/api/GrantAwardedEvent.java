package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * An amount (万元) was granted within a programme, to a project (then {@code projectId}, its title, and its lead
 * organization as {@code organization}) or to an organization, with the cluster and city it belongs to (either may be
 * null for an organization), paid in {@code tranches}. {@code programmeCommitted} is the programme's committed total
 * after this grant.
 */
public record GrantAwardedEvent(FundingProgrammeId programmeId, int year, GrantId grantId,
                                RecipientKind recipientKind, ProjectId projectId, String projectTitle,
                                String organization, ClusterId clusterId, City city, BigDecimal amount,
                                String purpose, List<Tranche> tranches, BigDecimal programmeCommitted) {
}
