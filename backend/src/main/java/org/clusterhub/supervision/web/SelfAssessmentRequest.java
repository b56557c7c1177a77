package org.clusterhub.supervision.web;

import java.util.List;
import org.clusterhub.supervision.api.IndicatorAssessment;

/** The promotion organization's self-assessment: a text per indicator, an overall text, an optional self score. */
record SelfAssessmentRequest(List<IndicatorAssessment> indicators, String overall, Integer selfScore) {
}
