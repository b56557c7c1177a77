package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Texts;

/**
 * An expert scores every criterion and locks. The scores stay in this dialog until locked, and once locked nobody
 * sees them until every expert has locked.
 */
final class ScoreDialog {

    private ScoreDialog() {
    }

    static void open(Component owner, CommandSender sender, ProjectView project) {
        List<ScoringCriterion> criteria = project.review().criteria();
        Map<String, Component> fields = new LinkedHashMap<>();
        Map<ScoringCriterion, IntegerField> scores = new LinkedHashMap<>();
        Span total = new Span();
        total.setId("weighted-total");
        for (ScoringCriterion criterion : criteria) {
            String name = Texts.english() && criterion.nameEn() != null ? criterion.nameEn() : criterion.nameZh();
            IntegerField score = new IntegerField(name + Texts.bracketed(owner.getTranslation(
                    "project.review.weight", criterion.weight())));
            score.setId("score-" + criterion.key());
            score.setMin(0);
            score.setMax(100);
            score.setStepButtonsVisible(true);
            score.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            score.addValueChangeListener(change -> total.setText(owner.getTranslation("project.review.weightedTotal",
                    weighted(scores))));
            scores.put(criterion, score);
            fields.put("scores", score);
            fields.put("score-" + criterion.key(), score);
        }
        fields.remove("scores");
        TextArea comment = Fields.text(owner, "project.field.expertComment", "expert-comment", 2000);
        fields.put("comment", comment);
        total.setText(owner.getTranslation("project.review.weightedTotal", weighted(scores)));
        var dialog = StepDialog.open(owner, sender, "project.action.score", "score", "project.action.score.hint",
                fields, () -> {
                    List<CriterionScore> given = new ArrayList<>();
                    for (var entry : scores.entrySet()) {
                        if (entry.getValue().getValue() == null || entry.getValue().isInvalid()) {
                            entry.getValue().setErrorMessage(owner.getTranslation("project.review.scoreMissing"));
                            entry.getValue().setInvalid(true);
                            return null;
                        }
                        given.add(new CriterionScore(entry.getKey().key(), entry.getValue().getValue()));
                    }
                    return new LockExpertScoresCommand(project.projectId(), given, comment.getValue());
                });
        dialog.add(total);
    }

    private static BigDecimal weighted(Map<ScoringCriterion, IntegerField> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var entry : scores.entrySet()) {
            Integer value = entry.getValue().getValue();
            sum = sum.add(BigDecimal.valueOf((long) (value == null ? 0 : value) * entry.getKey().weight()));
        }
        return sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
