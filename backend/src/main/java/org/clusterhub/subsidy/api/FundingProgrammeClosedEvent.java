package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/** The programme was closed with its final figures (万元); {@code lapsed} = budget - paid went unused. */
public record FundingProgrammeClosedEvent(FundingProgrammeId programmeId, int year, BigDecimal budget,
                                          BigDecimal paid, BigDecimal lapsed, String reason) {
}
