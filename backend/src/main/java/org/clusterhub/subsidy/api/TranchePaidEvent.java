package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;

/**
 * A tranche was paid (万元) on {@code paidOn} with voucher {@code voucher}, to the grant's recipient: the project (and
 * its lead organization) or the organization, of a cluster and city. {@code grantPaid} and {@code programmePaid} are
 * the totals paid after this payment.
 */
public record TranchePaidEvent(FundingProgrammeId programmeId, int year, GrantId grantId, int tranche,
                               BigDecimal amount, LocalDate paidOn, String voucher, String note,
                               RecipientKind recipientKind, ProjectId projectId, String organization,
                               ClusterId clusterId, City city, BigDecimal grantPaid, BigDecimal programmePaid) {
}
