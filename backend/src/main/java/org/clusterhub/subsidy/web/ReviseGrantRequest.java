package org.clusterhub.subsidy.web;

import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.subsidy.api.TranchePlan;

/** A grant's new amount (万元), the tranches replacing those not paid yet, and why. */
record ReviseGrantRequest(BigDecimal amount, List<TranchePlan> unpaidTranches, String reason) {
}
