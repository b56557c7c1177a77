package org.clusterhub.challenge.api;

/** What the person looking at a challenge is to it; screens show actions from it, the aggregate decides. */
public enum ViewerRole {
    /** Promotion staff of the challenge's cluster, or a member of the posting organization. */
    POSTER,
    /** The province (省工信厅). */
    SUPERVISOR,
    /** One of the evaluators the poster named. */
    EVALUATOR,
    /** A member organization that may bid or has bid. */
    MEMBER,
    /** Anyone else signed in: reads the posting and the published decision. */
    READER
}
