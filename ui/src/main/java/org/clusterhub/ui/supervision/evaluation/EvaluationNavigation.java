package org.clusterhub.ui.supervision.evaluation;

import org.clusterhub.supervision.api.EvaluationId;

/** Route of one yearly evaluation's page: {@code supervision/evaluations/<id>}. */
public final class EvaluationNavigation {

    public static final String ROUTE = "supervision/evaluations/:evaluationId";

    private EvaluationNavigation() {
    }

    public static String path(EvaluationId evaluationId) {
        return "supervision/evaluations/" + evaluationId;
    }
}
