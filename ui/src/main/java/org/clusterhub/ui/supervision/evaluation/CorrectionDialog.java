package org.clusterhub.ui.supervision.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiFunction;
import org.clusterhub.supervision.api.CorrectEvaluationResultCommand;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.OrganizationGrade;

/** A correction of a finalized result: the new overall score and grade, and the reason, all recorded. */
class CorrectionDialog extends Dialog {

    private final IntegerField overallScore = new IntegerField();
    private final Select<OrganizationGrade> grade = new Select<>();
    private final TextArea reason = new TextArea();

    CorrectionDialog(EvaluationId evaluationId, int currentScore, OrganizationGrade currentGrade,
                     BiFunction<CorrectEvaluationResultCommand, CorrectionDialog, Boolean> send) {
        setId("correction-dialog");
        setHeaderTitle(getTranslation("evaluation.correct.title"));
        setWidth("min(560px, 96vw)");
        overallScore.setLabel(getTranslation("evaluation.score.overall"));
        overallScore.setId("correct-score");
        overallScore.setMin(0);
        overallScore.setMax(100);
        overallScore.setValue(currentScore);
        grade.setLabel(getTranslation("evaluation.score.grade"));
        grade.setId("correct-grade");
        grade.setItems(OrganizationGrade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("evaluation.grade." + g.name()));
        grade.setValue(currentGrade);
        reason.setLabel(getTranslation("evaluation.correct.reason"));
        reason.setId("correct-reason");
        reason.setRequired(true);
        reason.setMaxLength(2000);
        FormLayout form = new FormLayout(overallScore, grade, reason);
        form.setColspan(reason, 2);
        add(new Paragraph(getTranslation("evaluation.correct.hint")), form);
        Button ok = new Button(getTranslation("evaluation.correct.submit"), click -> {
            overallScore.setInvalid(false);
            grade.setInvalid(false);
            reason.setInvalid(false);
            if (send.apply(new CorrectEvaluationResultCommand(evaluationId, overallScore.getValue(), grade.getValue(),
                    reason.getValue()), this)) {
                close();
            }
        });
        ok.setId("correct-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }

    void showFieldError(String field, String message) {
        switch (field) {
            case "grade" -> {
                grade.setInvalid(true);
                grade.setErrorMessage(message);
            }
            case "reason" -> {
                reason.setInvalid(true);
                reason.setErrorMessage(message);
            }
            default -> {
                overallScore.setInvalid(true);
                overallScore.setErrorMessage(message);
            }
        }
    }
}
