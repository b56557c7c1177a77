package org.clusterhub.supervision.api;

import org.clusterhub.shared.Actor;

/**
 * One evaluation as {@code viewer} may see it (empty when they may not: see {@link FindEvaluationsQuery}). With
 * {@code atLeastVersion} >= 0 the answer waits briefly for the read model to reach that version.
 */
public record FindEvaluationQuery(EvaluationId evaluationId, Actor viewer, long atLeastVersion) {

    public FindEvaluationQuery(EvaluationId evaluationId, Actor viewer) {
        this(evaluationId, viewer, -1);
    }
}
