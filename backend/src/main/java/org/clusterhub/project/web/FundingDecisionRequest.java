package org.clusterhub.project.web;

import java.math.BigDecimal;
import org.clusterhub.project.api.FundingAction;

/** Suspension or termination, and what happens to the funding (万元 for REDUCE and RECOVER). */
record FundingDecisionRequest(String reason, FundingAction fundingAction, BigDecimal fundingAmount) {
}
