package org.clusterhub.project.web;

import org.clusterhub.project.api.EvaluationGrade;
import org.clusterhub.project.api.SelfEvaluationStage;

record SelfEvaluationRequest(SelfEvaluationStage stage, EvaluationGrade grade, String summary) {
}
