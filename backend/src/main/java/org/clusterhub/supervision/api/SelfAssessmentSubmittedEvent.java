package org.clusterhub.supervision.api;

import java.util.List;

/** The promotion organization submitted its self-assessment; {@code revision} counts submissions from 1. */
public record SelfAssessmentSubmittedEvent(EvaluationId evaluationId, List<IndicatorAssessment> indicators,
                                           String overall, Integer selfScore, int revision) {
}
