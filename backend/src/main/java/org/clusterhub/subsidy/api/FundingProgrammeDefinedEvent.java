package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/** A funding programme of {@code year} was defined with its budget (万元). */
public record FundingProgrammeDefinedEvent(FundingProgrammeId programmeId, int year, ProgrammeKind kind, String name,
                                           String description, BigDecimal budget) {
}
