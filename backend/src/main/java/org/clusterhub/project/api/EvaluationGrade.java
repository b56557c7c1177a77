package org.clusterhub.project.api;

public enum EvaluationGrade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
