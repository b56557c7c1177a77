package org.clusterhub.supervision.web;

import org.clusterhub.supervision.api.OrganizationGrade;

/** A recorded correction of a finalized result: the new overall score and grade, and why. */
record CorrectionRequest(Integer overallScore, OrganizationGrade grade, String reason) {
}
