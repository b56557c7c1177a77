package org.clusterhub.supervision.api;

/** How one aggregate led to another (ADR 018); always read from the earlier to the later. */
public enum ProvenanceLinkKind {
    /** A matchmaking meeting at an activity led to a consortium proposed from it. */
    MEETING_LED_TO_CONSORTIUM,
    /** A consortium bid on a challenge. */
    CONSORTIUM_BID_ON_CHALLENGE,
    /** A challenge's winning bid was followed up by a project. */
    WINNING_BID_FOLLOWED_BY_PROJECT,
    /** A project was granted a subsidy within a funding programme. */
    PROJECT_GRANTED_BY_PROGRAMME,
    /** One user action changed both: the first changed first, the other as a consequence (same trace id). */
    SAME_ACTION
}
