package org.clusterhub.ui.supervision.programme;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * A dialog of fields for one programme command. It only collects: the command's validation and the programme decide,
 * and a refused field's message is shown on that field (by the property path the refusal names).
 */
class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private BiConsumer<String, String> nested = (field, message) -> { };
    private BooleanSupplier onSave = () -> true;

    /** @param saveKey the save button's message key */
    FormDialog(String title, String id, String saveKey) {
        setHeaderTitle(title);
        setId(id);
        add(form);
        Button save = new Button(getTranslation(saveKey), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (onSave.getAsBoolean()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id + "-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("42em");
    }

    /** Adds a field, known to refusals by {@code property}. */
    <T extends Component & HasValidation> T field(String property, T field) {
        form.add(field);
        fields.put(property, field);
        return field;
    }

    /** A component over the form's whole width, e.g. the tranche rows, with its own handling of refused fields. */
    void wide(Component component, BiConsumer<String, String> fieldErrors) {
        form.add(component);
        form.setColspan(component, 2);
        if (fieldErrors != null) {
            nested = fieldErrors;
        }
    }

    void onSave(BooleanSupplier action) {
        onSave = action;
    }

    void showFieldError(String property, String message) {
        HasValidation target = fields.get(property);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            nested.accept(property, message);
        }
    }
}
