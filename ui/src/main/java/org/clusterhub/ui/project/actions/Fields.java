package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.clusterhub.ui.support.Texts;

/** The few field kinds the lifecycle dialogs use, labelled and identified alike. */
final class Fields {

    private Fields() {
    }

    static TextArea text(Component owner, String labelKey, String id, int maxLength) {
        TextArea area = new TextArea(owner.getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setMinHeight("6em");
        return area;
    }

    static TextField line(Component owner, String labelKey, String id, String value) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    static IntegerField integer(Component owner, String labelKey, String id, Integer value, int min, int max) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    static BigDecimalField amount(Component owner, String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(owner.getTranslation("project.unit.tenThousandYuan")));
        return field;
    }

    static DatePicker date(Component owner, String labelKey, String id, LocalDate value) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setId(id);
        picker.setValue(value);
        picker.setLocale(Texts.locale());
        return picker;
    }

    static <E extends Enum<E>> Select<E> choice(Component owner, String labelKey, String id, String prefix,
                                                List<E> values, E value) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setId(id);
        select.setItems(values);
        select.setItemLabelGenerator(v -> Texts.enumValue(owner, prefix, v));
        select.setValue(value);
        return select;
    }

    static LocalDate today() {
        return LocalDate.now(Texts.SHANGHAI);
    }
}
