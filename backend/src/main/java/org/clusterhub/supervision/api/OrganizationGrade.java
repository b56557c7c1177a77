package org.clusterhub.supervision.api;

/** The final grade of a promotion organization's yearly evaluation: 优秀, 良好, 合格, 不合格. */
public enum OrganizationGrade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
