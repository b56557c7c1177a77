package org.clusterhub.supervision.api;

/** Where a yearly evaluation stands. Steps go in this order; a finalized evaluation changes only by a correction. */
public enum EvaluationStatus {
    /** Opened by the province; the promotion organization writes its self-assessment. */
    OPEN,
    /** The self-assessment was submitted (it may be revised until the province scores). */
    SELF_ASSESSED,
    /** The province scored it (it may score again until it finalizes). */
    SCORED,
    /** Finalized and published: visible to everyone; changed only by a recorded correction with a reason. */
    FINALIZED
}
