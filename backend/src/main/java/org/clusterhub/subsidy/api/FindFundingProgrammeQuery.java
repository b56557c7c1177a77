package org.clusterhub.subsidy.api;

/**
 * One programme, answered with an optional {@link FundingProgrammeView}; with {@code atLeastVersion} >= 0 the answer
 * waits briefly until the read model has that event of the programme ({@link #LATEST}: every event stored so far).
 */
public record FindFundingProgrammeQuery(FundingProgrammeId programmeId, long atLeastVersion) {

    /** Waits for the programme's last stored event: a screen that just sent a command shows all it caused. */
    public static final long LATEST = Long.MAX_VALUE;

    public FindFundingProgrammeQuery(FundingProgrammeId programmeId) {
        this(programmeId, -1);
    }

    public static FindFundingProgrammeQuery latest(FundingProgrammeId programmeId) {
        return new FindFundingProgrammeQuery(programmeId, LATEST);
    }
}
