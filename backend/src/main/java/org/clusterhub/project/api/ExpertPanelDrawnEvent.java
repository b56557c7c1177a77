package org.clusterhub.project.api;

import java.time.LocalDate;
import java.util.List;

/**
 * @param drawn the experts drawn in this draw (a replacement draw adds to those already on the panel)
 * @param excluded usernames left out of the pool because they belong to a participating organization
 */
public record ExpertPanelDrawnEvent(ProjectId projectId, List<ExpertCandidate> drawn, List<String> excluded,
                                    List<ScoringCriterion> criteria, LocalDate dueDate, long seed, int poolSize) {
}
