package org.clusterhub.project.web;

import java.util.List;
import org.clusterhub.project.api.CriterionScore;

/** An expert's scores, locked at once; nobody sees them until every expert has locked. */
record ScoresRequest(List<CriterionScore> scores, String comment) {
}
