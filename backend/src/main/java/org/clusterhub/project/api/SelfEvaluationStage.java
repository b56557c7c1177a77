package org.clusterhub.project.api;

public enum SelfEvaluationStage {
    MIDTERM,
    PERFORMANCE
}
