package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A small dialog of fields for one consortium command. It only collects: the command's validation and the aggregate
 * decide, and a refused field's message is shown on that field (by the property path the refusal names).
 */
class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Button save;
    private BooleanSupplier onSave = () -> true;

    FormDialog(String title, String id, String saveLabel) {
        setHeaderTitle(title);
        setId(id);
        add(form);
        save = new Button(saveLabel, click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (onSave.getAsBoolean()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id + "-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("40em");
    }

    /** Adds a field, known to refusals by {@code property}. */
    <T extends Component & HasValidation> T field(String property, T field) {
        form.add(field);
        fields.put(property, field);
        return field;
    }

    void commitment(String property, CommitmentFields commitment) {
        form.add(commitment);
        form.setColspan(commitment, 2);
        fields.putAll(commitment.fields(property));
    }

    void text(Component component) {
        form.add(component);
        form.setColspan(component, 2);
    }

    void onSave(BooleanSupplier action) {
        onSave = action;
    }

    void showFieldError(String property, String message) {
        HasValidation target = fields.get(property);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
