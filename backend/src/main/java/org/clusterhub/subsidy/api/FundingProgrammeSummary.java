package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of the programme list; amounts in 万元, {@code remaining} = budget - committed. */
public record FundingProgrammeSummary(FundingProgrammeId programmeId, int year, ProgrammeKind kind, String name,
                                      ProgrammeStatus status, BigDecimal budget, BigDecimal committed,
                                      BigDecimal paid, BigDecimal remaining, int grantCount, Instant lastChangedAt,
                                      long version) {
}
