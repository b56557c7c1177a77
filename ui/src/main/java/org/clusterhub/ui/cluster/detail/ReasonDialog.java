package org.clusterhub.ui.cluster.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for a reason (recorded in the event) before a change; closes when the change went through. */
final class ReasonDialog {

    private ReasonDialog() {
    }

    static Dialog open(Component owner, String title, boolean required, Predicate<String> confirm,
                       Component... extraFields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("reason-dialog");
        TextArea reason = new TextArea(owner.getTranslation(required ? "common.reason" : "common.reasonOptional"));
        reason.setId("reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(required);
        FormLayout form = new FormLayout(extraFields);
        form.add(reason);
        form.setColspan(reason, 2);
        dialog.add(form);
        Button ok = new Button(owner.getTranslation("common.confirm"), click -> {
            if (confirm.test(reason.getValue())) {
                dialog.close();
            }
        });
        ok.setId("reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("common.cancel"), click -> dialog.close()), ok);
        dialog.setWidth("36em");
        dialog.open();
        return dialog;
    }
}
