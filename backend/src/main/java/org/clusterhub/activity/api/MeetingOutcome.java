package org.clusterhub.activity.api;

/** What one side says came of a meeting. */
public enum MeetingOutcome {
    NO_RESULT,
    /** 合作意向 */
    INTENTION,
    /** 签约 */
    CONTRACT_SIGNED
}
