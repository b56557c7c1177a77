package org.clusterhub.subsidy.api;

/**
 * The programme list's filter; null fields do not filter.
 *
 * @param text in the name or description, ignoring case
 */
public record FundingProgrammeFilter(Integer year, ProgrammeKind kind, ProgrammeStatus status, String text) {

    public static FundingProgrammeFilter none() {
        return new FundingProgrammeFilter(null, null, null, null);
    }
}
