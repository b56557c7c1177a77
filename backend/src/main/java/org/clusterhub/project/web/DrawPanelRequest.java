package org.clusterhub.project.web;

import java.time.LocalDate;
import java.util.List;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.ScoringCriterion;

/**
 * Draws the expert panel. {@code pool} is the expert pool ({@code GET /api/experts}); without
 * {@code criteria} the standard ones apply; without {@code seed} the server picks one (and records it).
 */
record DrawPanelRequest(List<ExpertCandidate> pool, int panelSize, List<ScoringCriterion> criteria,
                        LocalDate dueDate, Long seed) {
}
