package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * A grant was withdrawn: its unpaid tranches were cancelled and {@code released} (万元) went back to the budget;
 * {@code paid} stays paid and committed. {@code programmeCommitted} is the programme's committed total afterwards.
 */
public record GrantWithdrawnEvent(FundingProgrammeId programmeId, int year, GrantId grantId, ProjectId projectId,
                                  String organization, ClusterId clusterId, City city, BigDecimal amount,
                                  BigDecimal paid, BigDecimal released, String reason,
                                  BigDecimal programmeCommitted) {
}
