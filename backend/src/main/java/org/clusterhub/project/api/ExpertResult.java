package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.util.List;

/** One expert's locked scores, revealed with all others when the last expert locks. */
public record ExpertResult(String expert, String displayName, List<CriterionScore> scores, BigDecimal weightedTotal,
                           String comment) {
}
