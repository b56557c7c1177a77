package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/** The programme's budget (万元) changed from {@code previousBudget}; {@code committed} is unchanged and within it. */
public record ProgrammeBudgetRevisedEvent(FundingProgrammeId programmeId, int year, BigDecimal previousBudget,
                                          BigDecimal budget, BigDecimal committed, String reason) {
}
