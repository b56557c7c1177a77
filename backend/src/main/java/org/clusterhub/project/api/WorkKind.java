package org.clusterhub.project.api;

/** What a "my work" item asks of its person. */
public enum WorkKind {
    CITY_REVIEW,
    DRAW_EXPERTS,
    DECLARE_CONFLICT,
    SCORE,
    DECIDE,
    ANSWER_OBJECTION,
    CONFIRM_APPROVAL,
    DECIDE_CHANGE,
    REPORT_MILESTONE,
    SELF_EVALUATION,
    EVALUATE_MIDTERM,
    DECIDE_ACCEPTANCE,
    CLOSE,
    REVISE
}
