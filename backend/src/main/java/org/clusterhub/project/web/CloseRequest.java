package org.clusterhub.project.web;

import org.clusterhub.project.api.EvaluationGrade;

/** 结项, with the province's performance grade. */
record CloseRequest(EvaluationGrade grade, String comments) {
}
