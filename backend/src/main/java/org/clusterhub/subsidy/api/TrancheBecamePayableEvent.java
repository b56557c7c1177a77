package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * A tranche's condition is met and it may be paid: at once on grant, by the project's own events (approval, a
 * milestone, acceptance) or confirmed by a supervisor; {@code evidence} says what happened.
 */
public record TrancheBecamePayableEvent(FundingProgrammeId programmeId, int year, GrantId grantId, int tranche,
                                        BigDecimal amount, TrancheCondition condition, String evidence,
                                        ProjectId projectId, String organization, ClusterId clusterId, City city) {
}
