package org.clusterhub.project.api;

import java.util.List;
import org.clusterhub.shared.Sealed;

/** One expert has locked their scores. The scores stay sealed until the review completes. */
public record ExpertScoresLockedEvent(ProjectId projectId, String expert, @Sealed List<CriterionScore> scores,
                                      @Sealed String comment) {
}
