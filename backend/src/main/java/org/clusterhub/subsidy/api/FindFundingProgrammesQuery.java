package org.clusterhub.subsidy.api;

/** A page of programmes, newest year first, then by name; with the totals of every programme the filter matches. */
public record FindFundingProgrammesQuery(FundingProgrammeFilter filter, int offset, int limit) {
}
