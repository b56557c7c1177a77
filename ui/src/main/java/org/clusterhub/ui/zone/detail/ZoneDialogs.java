package org.clusterhub.ui.zone.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dialogs of a zone's creation, monitoring and task list. Each collects input and hands it to {@code confirm},
 * which sends the command and answers whether it was stored: only then does the dialog close. Refused fields come
 * back through {@link Form#showFieldError}, by the command's field names.
 */
final class ZoneDialogs {

    private ZoneDialogs() {
    }

    /** A dialog's fields by the names of the command components they fill. */
    static class Form {
        final Dialog dialog = new Dialog();
        final FormLayout layout = new FormLayout();
        private final Map<String, HasValidation> fields = new HashMap<>();

        Form(Component owner, String title, String id) {
            dialog.setHeaderTitle(title);
            dialog.setId(id);
            dialog.add(layout);
            dialog.setWidth("40em");
        }

        <T extends Component & HasValidation> T field(String name, T field) {
            fields.put(name, field);
            layout.add(field);
            return field;
        }

        void showFieldError(String field, String message) {
            HasValidation target = fields.get(field.replaceAll("\\[.*", ""));
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        }

        void clearErrors() {
            fields.values().forEach(f -> f.setInvalid(false));
        }

        void open(Component owner, String confirmId, Predicate<Form> confirm) {
            Button ok = new Button(owner.getTranslation("common.confirm"), click -> {
                clearErrors();
                if (confirm.test(this)) {
                    dialog.close();
                }
            });
            ok.setId(confirmId);
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(owner.getTranslation("common.cancel"), click -> dialog.close());
            dialog.getFooter().add(cancel, ok);
            dialog.open();
        }
    }

    /** One text (a note, a reason, a question), required. */
    static final class TextForm extends Form {
        final TextArea text = new TextArea();

        TextForm(Component owner, String title, String label, String fieldName) {
            super(owner, title, "zone-text-dialog");
            text.setLabel(label);
            text.setId("zone-text");
            text.setRequired(true);
            text.setMaxLength(2000);
            field(fieldName, text);
            layout.setColspan(text, 2);
        }
    }

    /** The day the zone was created nationally and the reference of the decision. */
    static final class CreatedForm extends Form {
        final DatePicker createdOn = new DatePicker();
        final TextArea note = new TextArea();

        CreatedForm(Component owner) {
            super(owner, owner.getTranslation("zone.creation.action.created"), "zone-created-dialog");
            createdOn.setLabel(owner.getTranslation("zone.creation.createdOn"));
            createdOn.setId("zone-created-on");
            createdOn.setValue(LocalDate.now(org.clusterhub.ui.support.Texts.SHANGHAI));
            note.setLabel(owner.getTranslation("zone.creation.note"));
            note.setId("zone-created-note");
            field("createdOn", createdOn);
            field("note", note);
            layout.setColspan(note, 2);
        }
    }

    /** A value of an indicator for a year or a quarter, with its source. */
    static final class ReportForm extends Form {
        final Select<String> indicator = new Select<>();
        final IntegerField year = new IntegerField();
        final Select<Integer> quarter = new Select<>();
        final BigDecimalField value = new BigDecimalField();
        final TextField source = new TextField();

        ReportForm(Component owner, List<String> indicators) {
            super(owner, owner.getTranslation("zone.indicators.action.report"), "zone-report-dialog");
            indicator.setLabel(owner.getTranslation("zone.indicators.indicator"));
            indicator.setItems(indicators);
            indicator.setId("report-indicator");
            if (indicators.size() == 1) {
                indicator.setValue(indicators.get(0));
            }
            year.setLabel(owner.getTranslation("zone.indicators.year"));
            year.setId("report-year");
            year.setValue(LocalDate.now(org.clusterhub.ui.support.Texts.SHANGHAI).getYear());
            year.setStepButtonsVisible(true);
            quarter.setLabel(owner.getTranslation("zone.indicators.quarter"));
            quarter.setId("report-quarter");
            quarter.setItems(1, 2, 3, 4);
            quarter.setEmptySelectionAllowed(true);
            quarter.setEmptySelectionCaption(owner.getTranslation("zone.indicators.wholeYear"));
            quarter.setItemLabelGenerator(q -> q == null ? owner.getTranslation("zone.indicators.wholeYear")
                    : owner.getTranslation("zone.indicators.quarterN", q));
            value.setLabel(owner.getTranslation("zone.indicators.value"));
            value.setId("report-value");
            source.setLabel(owner.getTranslation("zone.indicators.source"));
            source.setId("report-source");
            source.setMaxLength(500);
            field("indicator", indicator);
            layout.setColspan(indicator, 2);
            field("period", year);
            field("quarter", quarter);
            field("value", value);
            field("source", source);
        }

        /** {@code 2025} or {@code 2025-Q3}; empty without a year, which the command refuses as missing. */
        String period() {
            if (year.getValue() == null) {
                return "";
            }
            return year.getValue() + (quarter.getValue() == null ? "" : "-Q" + quarter.getValue());
        }
    }

    /** The answer to a question on a value, with an optional corrected value and source. */
    static final class AnswerForm extends Form {
        final TextArea answer = new TextArea();
        final BigDecimalField correctedValue = new BigDecimalField();
        final TextField correctedSource = new TextField();

        AnswerForm(Component owner, String question) {
            super(owner, owner.getTranslation("zone.indicators.action.answer"), "zone-answer-dialog");
            answer.setLabel(owner.getTranslation("zone.indicators.answer") + "：" + question);
            answer.setId("answer-text");
            correctedValue.setLabel(owner.getTranslation("zone.indicators.correctedValue"));
            correctedValue.setId("answer-value");
            correctedSource.setLabel(owner.getTranslation("zone.indicators.correctedSource"));
            correctedSource.setId("answer-source");
            field("answer", answer);
            layout.setColspan(answer, 2);
            field("correctedValue", correctedValue);
            field("correctedSource", correctedSource);
        }
    }

    /** A task: what, who carries it, from when until when. */
    static final class TaskForm extends Form {
        final TextField title = new TextField();
        final TextArea owners = new TextArea();
        final DatePicker startDate = new DatePicker();
        final DatePicker dueDate = new DatePicker();

        TaskForm(Component owner, String heading) {
            super(owner, heading, "zone-task-dialog");
            title.setLabel(owner.getTranslation("zone.tasks.title"));
            title.setId("task-title");
            title.setMaxLength(300);
            owners.setLabel(owner.getTranslation("zone.tasks.owners"));
            owners.setHelperText(owner.getTranslation("zone.field.keyTasks.help"));
            owners.setId("task-owners");
            startDate.setLabel(owner.getTranslation("zone.tasks.start"));
            startDate.setId("task-start");
            dueDate.setLabel(owner.getTranslation("zone.tasks.due"));
            dueDate.setId("task-due");
            field("title", title);
            layout.setColspan(title, 2);
            field("ownerOrganizations", owners);
            layout.setColspan(owners, 2);
            field("startDate", startDate);
            field("dueDate", dueDate);
        }

        List<String> ownerLines() {
            return owners.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /** A task's progress, 0..100 %, and what was done. */
    static final class ProgressForm extends Form {
        final IntegerField percent = new IntegerField();
        final TextArea note = new TextArea();

        ProgressForm(Component owner, int current) {
            super(owner, owner.getTranslation("zone.tasks.action.progress"), "zone-progress-dialog");
            percent.setLabel(owner.getTranslation("zone.tasks.percent"));
            percent.setId("progress-percent");
            percent.setMin(0);
            percent.setMax(100);
            percent.setStepButtonsVisible(true);
            percent.setValue(current);
            note.setLabel(owner.getTranslation("zone.tasks.note"));
            note.setId("progress-note");
            field("percentDone", percent);
            field("note", note);
            layout.setColspan(note, 2);
        }
    }
}
