package org.clusterhub.supervision.web;

import java.util.List;
import org.clusterhub.supervision.api.IndicatorScore;
import org.clusterhub.supervision.api.OrganizationGrade;

/** The province's scores per indicator, overall score and comment, and grade. */
record ScoresRequest(List<IndicatorScore> scores, Integer overallScore, String overallComment,
                     OrganizationGrade grade) {
}
