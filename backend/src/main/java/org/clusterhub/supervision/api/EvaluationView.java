package org.clusterhub.supervision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clusterhub.cluster.api.ClusterId;

/**
 * One yearly evaluation as its page shows it; {@code version} is the sequence number of its last event. The
 * province's scoring is a draft until it finalizes: only supervisors see {@code scoring} before then.
 *
 * @param result the result as finalized (null before); corrections follow it in {@code corrections}
 */
public record EvaluationView(EvaluationId evaluationId, long version, ClusterId clusterId, Integer planNumber,
                             String clusterNameZh, String clusterNameEn, String promotionOrganizationZh,
                             String promotionOrganizationEn, int year, EvaluationStatus status,
                             LocalDate selfAssessmentDue, Step opened, SelfAssessment selfAssessment, Scoring scoring,
                             Result result, List<Correction> corrections) {

    public EvaluationPeriod period() {
        return EvaluationPeriod.ofYear(year);
    }

    /** The grade as it stands: the finalized one, or the last correction's. Null before finalization. */
    public OrganizationGrade grade() {
        if (result == null) {
            return null;
        }
        return corrections.isEmpty() ? result.grade() : corrections.get(corrections.size() - 1).grade();
    }

    /** The overall score as it stands after corrections. Null before finalization. */
    public Integer overallScore() {
        if (result == null) {
            return null;
        }
        return corrections.isEmpty() ? result.overallScore() : corrections.get(corrections.size() - 1).overallScore();
    }

    /** Who took a step, for whom and when. */
    public record Step(Instant at, String by, String organization) {
    }

    public record SelfAssessment(List<IndicatorAssessment> indicators, String overall, Integer selfScore,
                                 int revision, Step submitted) {

        public String textFor(EvaluationIndicator indicator) {
            return indicators.stream().filter(a -> a.indicator() == indicator).map(IndicatorAssessment::text)
                    .findFirst().orElse(null);
        }
    }

    public record Scoring(List<IndicatorScore> scores, int overallScore, String overallComment,
                          OrganizationGrade grade, boolean withoutSelfAssessment, Step scored) {

        public IndicatorScore scoreFor(EvaluationIndicator indicator) {
            return scores.stream().filter(s -> s.indicator() == indicator).findFirst().orElse(null);
        }
    }

    public record Result(OrganizationGrade grade, int overallScore, List<IndicatorFigure> figures,
                         Instant figuresAsOf, Step finalized) {
    }

    public record Correction(OrganizationGrade previousGrade, OrganizationGrade grade, int previousScore,
                             int overallScore, String reason, Step corrected) {
    }
}
