package org.clusterhub.subsidy.api;

/**
 * One programme, answered with an optional {@link FundingProgrammeView}; with {@code atLeastVersion} >= 0 the answer
 * waits briefly until the read model has that event of the programme.
 */
public record FindFundingProgrammeQuery(FundingProgrammeId programmeId, long atLeastVersion) {

    public FindFundingProgrammeQuery(FundingProgrammeId programmeId) {
        this(programmeId, -1);
    }
}
