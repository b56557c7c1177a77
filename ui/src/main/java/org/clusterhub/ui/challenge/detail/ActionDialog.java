package org.clusterhub.ui.challenge.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A small form for one step of a challenge (a bid, scores, a reason, a milestone): it collects values and hands them
 * to the view, which sends the command; the dialog closes only when the command was accepted, and a refused field
 * shows its message where it was typed.
 */
class ActionDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    /**
     * @param send sends the command with a field-error sink; answers whether it was accepted
     */
    ActionDialog(String title, String id, String confirm,
                 Function<BiConsumer<String, String>, Boolean> send) {
        setHeaderTitle(title);
        setId(id);
        setWidth("640px");
        add(form);
        Button ok = new Button(confirm, click -> {
            fieldsByName.values().forEach(field -> field.setInvalid(false));
            if (send.apply(this::showFieldError)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id + "-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, ok);
    }

    /** Adds a field; {@code name} is the command component a refusal names. */
    <C extends Component & HasValidation> C field(String name, C field, boolean fullWidth) {
        fieldsByName.put(name, field);
        form.add(field);
        if (fullWidth) {
            form.setColspan(field, 2);
        }
        return field;
    }

    void text(Component component) {
        form.add(component);
        form.setColspan(component, 2);
    }

    private void showFieldError(String field, String message) {
        String root = field.replaceAll("[\\[.].*$", "");
        HasValidation target = fieldsByName.get(root);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
