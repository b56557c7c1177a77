package org.clusterhub.ui.supervision.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.IndicatorScore;
import org.clusterhub.supervision.api.OrganizationGrade;
import org.clusterhub.supervision.api.ScoreEvaluationCommand;
import org.clusterhub.ui.supervision.facts.IndicatorTexts;

/**
 * The province's scoring: a score (0 to 100) and a comment per indicator (an indicator left without a score is not
 * scored), the overall score and comment, and the grade; filled with the last scoring. The page sends the command.
 */
class ScoreDialog extends Dialog {

    private final Map<EvaluationIndicator, IntegerField> scores = new EnumMap<>(EvaluationIndicator.class);
    private final Map<EvaluationIndicator, TextField> comments = new EnumMap<>(EvaluationIndicator.class);
    private final IntegerField overallScore = new IntegerField();
    private final TextArea overallComment = new TextArea();
    private final Select<OrganizationGrade> grade = new Select<>();

    ScoreDialog(EvaluationId evaluationId, EvaluationView.Scoring before,
                BiFunction<ScoreEvaluationCommand, ScoreDialog, Boolean> send) {
        setId("score-dialog");
        setHeaderTitle(getTranslation("evaluation.score.title"));
        setWidth("min(820px, 96vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 3));
        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            IntegerField score = new IntegerField(IndicatorTexts.name(this, indicator));
            score.setId("score-" + indicator.name());
            score.setMin(0);
            score.setMax(100);
            score.setPlaceholder(getTranslation("evaluation.score.indicatorScore"));
            TextField comment = new TextField(getTranslation("evaluation.score.indicatorComment"));
            comment.setId("comment-" + indicator.name());
            comment.setMaxLength(2000);
            IndicatorScore previous = before == null ? null : before.scoreFor(indicator);
            if (previous != null) {
                score.setValue(previous.score());
                comment.setValue(previous.comment() == null ? "" : previous.comment());
            }
            scores.put(indicator, score);
            comments.put(indicator, comment);
            form.add(score);
            form.add(comment, 2);
        }
        overallScore.setLabel(getTranslation("evaluation.score.overall"));
        overallScore.setId("score-overall");
        overallScore.setMin(0);
        overallScore.setMax(100);
        overallScore.setRequired(true);
        grade.setLabel(getTranslation("evaluation.score.grade"));
        grade.setId("score-grade");
        grade.setItems(OrganizationGrade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("evaluation.grade." + g.name()));
        overallComment.setLabel(getTranslation("evaluation.score.overallComment"));
        overallComment.setId("score-overall-comment");
        overallComment.setMaxLength(5000);
        overallComment.setRequired(true);
        if (before != null) {
            overallScore.setValue(before.overallScore());
            grade.setValue(before.grade());
            overallComment.setValue(before.overallComment());
        }
        form.add(overallScore, grade);
        form.add(overallComment, 3);
        add(form);
        Button ok = new Button(getTranslation("evaluation.score.submit"), click -> {
            clearErrors();
            if (send.apply(command(evaluationId), this)) {
                close();
            }
        });
        ok.setId("score-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }

    ScoreEvaluationCommand command(EvaluationId evaluationId) {
        List<IndicatorScore> given = new ArrayList<>();
        scores.forEach((indicator, score) -> {
            if (score.getValue() != null || score.isInvalid()) {
                given.add(new IndicatorScore(indicator, score.getValue(), comments.get(indicator).getValue()));
            }
        });
        return new ScoreEvaluationCommand(evaluationId, given, overallScore.getValue(), overallComment.getValue(),
                grade.getValue());
    }

    /** {@code overallScore}, {@code overallComment}, {@code grade}, or {@code scores[i].score} / {@code .comment}. */
    void showFieldError(String field, String message) {
        if (field.startsWith("scores[")) {
            int index = Integer.parseInt(field.substring("scores[".length(), field.indexOf(']')));
            List<EvaluationIndicator> scored = scores.keySet().stream()
                    .filter(i -> scores.get(i).getValue() != null || scores.get(i).isInvalid()).toList();
            if (index < scored.size()) {
                EvaluationIndicator indicator = scored.get(index);
                if (field.endsWith("comment")) {
                    comments.get(indicator).setInvalid(true);
                    comments.get(indicator).setErrorMessage(message);
                } else {
                    scores.get(indicator).setInvalid(true);
                    scores.get(indicator).setErrorMessage(message);
                }
                return;
            }
        }
        switch (field) {
            case "grade" -> {
                grade.setInvalid(true);
                grade.setErrorMessage(message);
            }
            case "overallComment" -> {
                overallComment.setInvalid(true);
                overallComment.setErrorMessage(message);
            }
            default -> {
                overallScore.setInvalid(true);
                overallScore.setErrorMessage(message);
            }
        }
    }

    private void clearErrors() {
        scores.values().forEach(s -> s.setInvalid(false));
        comments.values().forEach(c -> c.setInvalid(false));
        overallScore.setInvalid(false);
        overallComment.setInvalid(false);
        grade.setInvalid(false);
    }
}
