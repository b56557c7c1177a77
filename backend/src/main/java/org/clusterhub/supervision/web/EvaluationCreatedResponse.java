package org.clusterhub.supervision.web;

import org.clusterhub.supervision.api.EvaluationId;

record EvaluationCreatedResponse(EvaluationId evaluationId, long version) {
}
