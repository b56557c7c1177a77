package org.clusterhub.ui.supervision.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.IndicatorAssessment;
import org.clusterhub.supervision.api.SubmitSelfAssessmentCommand;
import org.clusterhub.ui.supervision.facts.IndicatorTexts;

/**
 * The promotion organization's self-assessment: a text per indicator (each optional), the overall text and an optional
 * self score, filled with what was submitted before. The form builds the command; the page sends it.
 */
class SelfAssessmentDialog extends Dialog {

    private final Map<EvaluationIndicator, TextArea> texts = new EnumMap<>(EvaluationIndicator.class);
    private final TextArea overall = new TextArea();
    private final IntegerField selfScore = new IntegerField();

    /** @param send sends the command with this dialog for field errors; answers whether it was accepted */
    /** @param figures each indicator's figure as the page shows it, beside its text */
    SelfAssessmentDialog(EvaluationId evaluationId, EvaluationView.SelfAssessment before,
                         Map<EvaluationIndicator, String> figures,
                         BiFunction<SubmitSelfAssessmentCommand, SelfAssessmentDialog, Boolean> send) {
        setId("self-assessment-dialog");
        setHeaderTitle(getTranslation("evaluation.self.title"));
        setWidth("min(760px, 96vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        // The overall text first: it is the one required.
        form.add(overall, selfScore);
        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            TextArea text = new TextArea(IndicatorTexts.name(this, indicator));
            text.setId("self-" + indicator.name());
            text.setMaxLength(2000);
            text.setWidthFull();
            if (figures.get(indicator) != null) {
                text.setHelperText(getTranslation("evaluation.self.figure", figures.get(indicator)));
            }
            if (before != null && before.textFor(indicator) != null) {
                text.setValue(before.textFor(indicator));
            }
            texts.put(indicator, text);
            form.add(text);
        }
        overall.setLabel(getTranslation("evaluation.self.overall"));
        overall.setId("self-overall");
        overall.setMaxLength(5000);
        overall.setRequired(true);
        overall.setMinHeight("8rem");
        selfScore.setLabel(getTranslation("evaluation.self.score"));
        selfScore.setId("self-score");
        selfScore.setMin(0);
        selfScore.setMax(100);
        if (before != null) {
            overall.setValue(before.overall());
            selfScore.setValue(before.selfScore());
        }
        add(form);
        Button ok = new Button(getTranslation("evaluation.self.submit"), click -> {
            clearErrors();
            if (send.apply(command(evaluationId), this)) {
                close();
            }
        });
        ok.setId("self-assessment-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }

    SubmitSelfAssessmentCommand command(EvaluationId evaluationId) {
        List<IndicatorAssessment> indicators = new ArrayList<>();
        texts.forEach((indicator, text) -> {
            if (!text.getValue().isBlank()) {
                indicators.add(new IndicatorAssessment(indicator, text.getValue()));
            }
        });
        return new SubmitSelfAssessmentCommand(evaluationId, indicators, overall.getValue(), selfScore.getValue());
    }

    /** {@code overall}, {@code selfScore}, or {@code indicators[i].text} (the i-th indicator with a text). */
    void showFieldError(String field, String message) {
        if (field.startsWith("indicators[")) {
            int index = Integer.parseInt(field.substring("indicators[".length(), field.indexOf(']')));
            List<TextArea> written = texts.values().stream().filter(t -> !t.getValue().isBlank()).toList();
            if (index < written.size()) {
                written.get(index).setInvalid(true);
                written.get(index).setErrorMessage(message);
                return;
            }
        }
        if ("selfScore".equals(field)) {
            selfScore.setInvalid(true);
            selfScore.setErrorMessage(message);
        } else {
            overall.setInvalid(true);
            overall.setErrorMessage(message);
        }
    }

    private void clearErrors() {
        texts.values().forEach(t -> t.setInvalid(false));
        overall.setInvalid(false);
        selfScore.setInvalid(false);
    }
}
