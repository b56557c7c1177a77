package org.clusterhub.ui.zone.detail;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusterhub.zone.api.ZoneDetails;

/**
 * Collects revised aims (Chinese, English), key tasks (one per line) and a reason, and fires {@link SaveEvent}. It
 * never talks to the backend and judges nothing: the aggregate decides, the view shows its answer on the fields.
 */
class ReviseAimsDialog extends Dialog {

    final TextArea aimsZh = new TextArea();
    final TextArea aimsEn = new TextArea();
    final TextArea keyTasks = new TextArea();
    final TextArea reason = new TextArea();
    final Button save = new Button();
    private final Map<String, HasValidation> fields;

    ReviseAimsDialog(ZoneDetails current) {
        setHeaderTitle(getTranslation("zone.action.reviseAims"));
        setId("revise-aims-dialog");
        aimsZh.setLabel(getTranslation("zone.field.aimsZh"));
        aimsZh.setId("aims-zh");
        aimsZh.setValue(current.aimsZh() == null ? "" : current.aimsZh());
        aimsEn.setLabel(getTranslation("zone.field.aimsEn"));
        aimsEn.setId("aims-en");
        aimsEn.setValue(current.aimsEn() == null ? "" : current.aimsEn());
        keyTasks.setLabel(getTranslation("zone.field.keyTasks"));
        keyTasks.setHelperText(getTranslation("zone.field.keyTasks.help"));
        keyTasks.setId("key-tasks");
        keyTasks.setValue(String.join("\n", current.keyTasks()));
        reason.setLabel(getTranslation("common.reason"));
        reason.setId("aims-reason");
        reason.setRequired(true);
        for (TextArea area : List.of(aimsZh, aimsEn, keyTasks)) {
            area.setWidthFull();
            area.setMaxHeight("14em");
        }
        reason.setWidthFull();
        fields = Map.of("aimsZh", aimsZh, "aimsEn", aimsEn, "keyTasks", keyTasks, "reason", reason);

        FormLayout form = new FormLayout(aimsZh, aimsEn, keyTasks, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("common.save"));
        save.setId("revise-aims-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            clearErrors();
            fireEvent(new SaveEvent(this));
        });
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("revise-aims-cancel");
        getFooter().add(cancel, save);
        setWidth("48em");
    }

    /** The key tasks as typed: one per non-empty line. */
    List<String> keyTaskLines() {
        return Arrays.stream(keyTasks.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** Shows a refusal on its field; {@code keyTasks[3].<list element>} lands on the key tasks. */
    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]+>", ""));
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ReviseAimsDialog> {
        SaveEvent(ReviseAimsDialog source) {
            super(source, false);
        }
    }
}
