package org.clusterhub.supervision.web;

record EvaluationVersionResponse(long version) {
}
