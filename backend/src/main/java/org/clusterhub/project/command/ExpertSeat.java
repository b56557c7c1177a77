package org.clusterhub.project.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.ExpertResult;
import org.clusterhub.project.api.ScoringCriterion;

/** One expert's seat on a project's review panel, with their declaration and (sealed) scores. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ExpertSeat {

    private String username;
    private String displayName;
    private String organization;
    private boolean declared;
    private boolean conflicted;
    private List<CriterionScore> scores;
    private String comment;

    /** For snapshots. */
    ExpertSeat() {
    }

    ExpertSeat(String username, String displayName, String organization) {
        this.username = username;
        this.displayName = displayName;
        this.organization = organization;
    }

    boolean declared() {
        return declared;
    }

    boolean active() {
        return !conflicted;
    }

    boolean locked() {
        return scores != null;
    }

    String organization() {
        return organization;
    }

    void declare(boolean isConflicted) {
        declared = true;
        conflicted = isConflicted;
    }

    void lock(List<CriterionScore> lockedScores, String lockedComment) {
        scores = List.copyOf(lockedScores);
        comment = lockedComment;
    }

    ExpertResult result(List<ScoringCriterion> criteria) {
        Map<String, Integer> byCriterion = scores.stream()
                .collect(Collectors.toMap(CriterionScore::criterion, CriterionScore::score));
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringCriterion criterion : criteria) {
            total = total.add(BigDecimal.valueOf((long) byCriterion.get(criterion.key()) * criterion.weight()));
        }
        return new ExpertResult(username, displayName, scores, total.divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP), comment);
    }

    /**
     * Value equality, because state is compared by value: Axon's test fixture checks that the state a command left
     * equals the state its events rebuild, and a restored snapshot must equal the aggregate it was taken from.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExpertSeat other
                && Objects.equals(username, other.username)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(organization, other.organization)
                && declared == other.declared
                && conflicted == other.conflicted
                && Objects.equals(scores, other.scores)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, displayName, organization, declared, conflicted, scores, comment);
    }
}
