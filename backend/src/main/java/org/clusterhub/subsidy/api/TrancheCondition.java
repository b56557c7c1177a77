package org.clusterhub.subsidy.api;

/** When a tranche of a grant becomes payable. */
public enum TrancheCondition {
    /** At once, when the grant is awarded (or revised to include it). */
    ON_GRANT,
    /** When the project is approved (立项). Project grants only. */
    PROJECT_APPROVED,
    /** When a named milestone of the project is reported complete. Project grants only. */
    MILESTONE_COMPLETED,
    /** When the project passes acceptance (验收通过, also with conditions). Project grants only. */
    PROJECT_ACCEPTED,
    /** When a supervisor confirms the condition, stated in the tranche's note (e.g. a yearly evaluation). */
    SUPERVISOR_CONFIRMATION;

    /** Met by the project's own events, not by a person. */
    public boolean followsProject() {
        return this == PROJECT_APPROVED || this == MILESTONE_COMPLETED || this == PROJECT_ACCEPTED;
    }
}
