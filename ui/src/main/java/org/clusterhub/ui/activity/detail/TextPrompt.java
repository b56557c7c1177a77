package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for one text (a reason) and hands it on; stays open when the command it feeds is refused. */
final class TextPrompt extends Dialog {

    final TextArea text = new TextArea();

    TextPrompt(String title, String label, String confirm, Predicate<TextPrompt> onConfirm) {
        setHeaderTitle(title);
        setId("text-prompt");
        text.setLabel(label);
        text.setWidth("28rem");
        text.setMaxLength(500);
        text.setId("prompt-text");
        add(text);
        Button ok = new Button(confirm, click -> {
            if (onConfirm.test(this)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("prompt-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), ok);
    }

    void showFieldError(String field, String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
