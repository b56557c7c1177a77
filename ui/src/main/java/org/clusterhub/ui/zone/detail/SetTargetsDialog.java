package org.clusterhub.ui.zone.detail;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterhub.zone.api.ZoneTarget;

/**
 * Edits a zone's whole list of quantified targets (rows can be added and removed) plus a reason, and fires
 * {@link SaveEvent}. Every row is sent as typed: the aggregate and the command's constraints judge them, and their
 * refusals come back to the row and field they concern ({@code targets[2].value}).
 */
class SetTargetsDialog extends Dialog {

    private static final Pattern ROW_FIELD = Pattern.compile("targets\\[(\\d+)]\\.?(\\w*).*");

    final List<TargetRow> rows = new ArrayList<>();
    final VerticalLayout rowList = new VerticalLayout();
    final Button addRow = new Button();
    final TextArea reason = new TextArea();
    final Span listError = new Span();
    final Button save = new Button();

    SetTargetsDialog(List<ZoneTarget> current) {
        setHeaderTitle(getTranslation("zone.action.setTargets"));
        setId("set-targets-dialog");
        rowList.setPadding(false);
        rowList.setSpacing(false);
        rowList.setId("target-rows");
        current.forEach(this::addRow);
        addRow.setText(getTranslation("zone.targets.addRow"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.setId("targets-add-row");
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow.addClickListener(click -> addRow(null));
        listError.setId("targets-error");
        listError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        listError.setVisible(false);
        reason.setLabel(getTranslation("common.reason"));
        reason.setId("targets-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        add(new VerticalLayout(listError, rowList, addRow, reason));

        save.setText(getTranslation("common.save"));
        save.setId("set-targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            clearErrors();
            fireEvent(new SaveEvent(this));
        });
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("set-targets-cancel");
        getFooter().add(cancel, save);
        setWidth("76em");
    }

    TargetRow addRow(ZoneTarget target) {
        TargetRow row = new TargetRow(target);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowList.remove(row);
        });
        rows.add(row);
        rowList.add(row);
        return row;
    }

    /** The rows as typed, in screen order; the index of each is the index the command's refusals name. */
    List<ZoneTarget> targets() {
        return rows.stream().map(TargetRow::target).toList();
    }

    void showFieldError(String field, String message) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(1));
            if (index < rows.size() && rows.get(index).show(row.group(2), message)) {
                return;
            }
        }
        if (field.equals("reason")) {
            reason.setErrorMessage(message);
            reason.setInvalid(true);
        } else {
            // About the list as a whole, e.g. the same indicator set twice.
            listError.setText(message);
            listError.setVisible(true);
        }
    }

    void clearErrors() {
        reason.setInvalid(false);
        listError.setVisible(false);
        rows.forEach(TargetRow::clearErrors);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<SetTargetsDialog> {
        SaveEvent(SetTargetsDialog source) {
            super(source, false);
        }
    }

    /** One editable target: indicator (Chinese, English), comparator, value, unit, year. */
    class TargetRow extends HorizontalLayout {

        final TextField indicatorZh = new TextField();
        final TextField indicatorEn = new TextField();
        final Select<String> comparator = new Select<>();
        final BigDecimalField value = new BigDecimalField();
        final TextField unit = new TextField();
        final IntegerField year = new IntegerField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        private final Map<String, HasValidation> fields;

        TargetRow(ZoneTarget target) {
            addClassName("target-row");
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            indicatorZh.setLabel(getTranslation("zone.target.indicatorZh"));
            indicatorZh.addClassName("target-indicator-zh");
            indicatorEn.setLabel(getTranslation("zone.target.indicatorEn"));
            indicatorEn.addClassName("target-indicator-en");
            comparator.setLabel(getTranslation("zone.target.comparator"));
            comparator.setItems(TargetTexts.COMPARATORS);
            comparator.setItemLabelGenerator(TargetTexts::symbol);
            comparator.addClassName("target-comparator");
            comparator.setWidth("5em");
            value.setLabel(getTranslation("zone.target.value"));
            value.addClassName("target-value");
            value.setWidth("8em");
            unit.setLabel(getTranslation("zone.target.unit"));
            unit.addClassName("target-unit");
            unit.setWidth("6em");
            year.setLabel(getTranslation("zone.target.year"));
            year.addClassName("target-year");
            year.setWidth("7em");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("target-remove");
            remove.setAriaLabel(getTranslation("zone.targets.removeRow"));
            remove.setTooltipText(getTranslation("zone.targets.removeRow"));
            if (target != null) {
                indicatorZh.setValue(target.indicatorZh() == null ? "" : target.indicatorZh());
                indicatorEn.setValue(target.indicatorEn() == null ? "" : target.indicatorEn());
                comparator.setValue(target.comparator());
                value.setValue(target.value());
                unit.setValue(target.unit() == null ? "" : target.unit());
                year.setValue(target.year());
            } else {
                comparator.setValue(">=");
            }
            fields = Map.of("indicatorZh", indicatorZh, "indicatorEn", indicatorEn, "comparator", comparator,
                    "value", value, "unit", unit, "year", year);
            add(indicatorZh, indicatorEn, comparator, value, unit, year, remove);
            setFlexGrow(2, indicatorZh);
            setFlexGrow(2, indicatorEn);
        }

        ZoneTarget target() {
            return new ZoneTarget(indicatorZh.getValue(), indicatorEn.getValue(), comparator.getValue(),
                    value.getValue(), unit.getValue(), year.getValue());
        }

        boolean show(String field, String message) {
            HasValidation target = fields.get(field);
            if (target == null) {
                return false;
            }
            target.setErrorMessage(message);
            target.setInvalid(true);
            return true;
        }

        void clearErrors() {
            fields.values().forEach(field -> field.setInvalid(false));
        }
    }
}
