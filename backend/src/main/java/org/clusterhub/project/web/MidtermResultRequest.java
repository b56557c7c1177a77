package org.clusterhub.project.web;

import org.clusterhub.project.api.EvaluationGrade;

record MidtermResultRequest(EvaluationGrade grade, String comments, boolean onSiteCheck, String onSiteFindings) {
}
