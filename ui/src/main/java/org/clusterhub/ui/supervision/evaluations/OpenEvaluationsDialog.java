package org.clusterhub.ui.supervision.evaluations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.ui.support.Texts;

/**
 * The province opens a year's evaluations for several clusters at once (each is its own evaluation, opened by its own
 * command): the year, the self-assessment's due date, the clusters. The form fires the choice; the view sends.
 */
class OpenEvaluationsDialog extends Dialog {

    final Select<Integer> year = new Select<>();
    final DatePicker due = new DatePicker();
    final MultiSelectComboBox<ClusterSummary> clusters = new MultiSelectComboBox<>();
    final Checkbox all = new Checkbox();

    /** @param open receives the year, due date and clusters; answers whether the dialog may close */
    OpenEvaluationsDialog(List<ClusterSummary> choices,
                          BiFunction<OpenEvaluationsDialog, List<ClusterSummary>, Boolean> open) {
        setId("open-evaluations");
        setHeaderTitle(getTranslation("evaluation.open.title"));
        setWidth("560px");
        LocalDate today = LocalDate.now(EvaluationPeriod.SHANGHAI);
        year.setLabel(getTranslation("evaluation.open.year"));
        year.setId("open-year");
        year.setItems(IntStream.rangeClosed(2021, today.getYear()).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(today.getYear());
        due.setLabel(getTranslation("evaluation.open.due"));
        due.setId("open-due");
        due.setMin(today);
        due.setValue(today.plusDays(30));
        due.setLocale(Texts.locale());
        clusters.setLabel(getTranslation("evaluation.open.clusters"));
        clusters.setId("open-clusters");
        clusters.setItems(choices);
        clusters.setItemLabelGenerator(c -> (c.planNumber() == null ? "" : c.planNumber() + ". ")
                + (Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh()));
        all.setLabel(getTranslation("evaluation.open.allClusters"));
        all.setId("open-all");
        all.addValueChangeListener(e -> clusters.setEnabled(!e.getValue()));
        FormLayout form = new FormLayout(year, due, all, clusters);
        form.setColspan(clusters, 2);
        add(form);
        Button ok = new Button(getTranslation("evaluation.open.submit"), click -> {
            List<ClusterSummary> chosen = all.getValue() ? choices : List.copyOf(clusters.getSelectedItems());
            if (open.apply(this, chosen)) {
                close();
            }
        });
        ok.setId("open-evaluations-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }

    void showFieldError(String field, String message) {
        switch (field) {
            case "year" -> {
                year.setInvalid(true);
                year.setErrorMessage(message);
            }
            case "selfAssessmentDue" -> {
                due.setInvalid(true);
                due.setErrorMessage(message);
            }
            default -> {
                clusters.setInvalid(true);
                clusters.setErrorMessage(message);
            }
        }
    }
}
