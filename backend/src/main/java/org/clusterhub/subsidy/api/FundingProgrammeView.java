package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A programme with its figures (万元): {@code remaining} = budget - committed; {@code payable} is what may be paid now
 * (tranches whose condition is met, not yet paid).
 */
public record FundingProgrammeView(FundingProgrammeId programmeId, int year, ProgrammeKind kind, String name,
                                   String description, ProgrammeStatus status, BigDecimal budget,
                                   BigDecimal committed, BigDecimal paid, BigDecimal remaining, BigDecimal payable,
                                   int grantCount, Instant definedAt, Instant closedAt, String closingReason,
                                   Instant lastChangedAt, long version) {
}
