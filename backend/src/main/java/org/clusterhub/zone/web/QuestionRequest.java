package org.clusterhub.zone.web;

/** Body of {@code POST /api/zones/{id}/indicator-reports/{reportId}/question}. */
public record QuestionRequest(String question) {
}
