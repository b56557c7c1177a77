package org.clusterhub.supervision.api;

import java.util.List;

/** A page of the evaluations list and how many match in all. */
public record EvaluationPage(List<EvaluationSummary> items, long total) {
}
