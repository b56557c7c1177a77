package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * A grant's amount (万元) changed from {@code previousAmount}: the tranches not paid before were replaced by
 * {@code unpaidTranches} (numbered after the paid ones). {@code programmeCommitted} is the programme's committed total
 * after the revision.
 */
public record GrantRevisedEvent(FundingProgrammeId programmeId, int year, GrantId grantId, ProjectId projectId,
                                String organization, ClusterId clusterId, City city, BigDecimal previousAmount,
                                BigDecimal amount, List<Tranche> unpaidTranches, String reason,
                                BigDecimal programmeCommitted) {
}
