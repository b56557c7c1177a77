package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Supplier;
import org.clusterhub.ui.support.CommandSender;

/**
 * One lifecycle step as a dialog: its fields, and a confirm button that sends the command. Invalid input is shown
 * on its field; the dialog closes only when the command went through, after telling the screen (an
 * {@link OwnStepListener} above the owner) that the step is its person's own.
 */
final class StepDialog {

    private StepDialog() {
    }

    /**
     * @param fields the dialog's fields by the command component they fill, so refusals land on the right one
     * @param command builds the command from the fields; may answer null when a field is missing (already marked)
     */
    static Dialog open(Component owner, CommandSender sender, String titleKey, String id, String hintKey,
                       Map<String, Component> fields, Supplier<Object> command) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey));
        dialog.setId(id + "-dialog");
        if (hintKey != null) {
            dialog.add(new Paragraph(owner.getTranslation(hintKey)));
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.values().forEach(field -> {
            form.add(field);
            if (field instanceof com.vaadin.flow.component.textfield.TextArea) {
                form.setColspan(field, 2);
            }
        });
        dialog.add(form);
        Button ok = new Button(owner.getTranslation("project.action.confirm"), click -> {
            fields.values().forEach(field -> {
                if (field instanceof HasValidation validated) {
                    validated.setInvalid(false);
                }
            });
            Object built = command.get();
            if (built == null) {
                return;
            }
            sender.send(owner, built, (name, message) -> {
                Component field = fields.get(name);
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(message);
                    validated.setInvalid(true);
                }
            }).ifPresent(correlation -> {
                OwnStepListener screen = owner.findAncestor(OwnStepListener.class);
                if (screen != null) {
                    screen.ownStep(correlation);
                }
                dialog.close();
            });
        });
        ok.setId(id + "-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("project.action.cancel"), click -> dialog.close()), ok);
        dialog.setWidth("40em");
        dialog.open();
        return dialog;
    }
}
