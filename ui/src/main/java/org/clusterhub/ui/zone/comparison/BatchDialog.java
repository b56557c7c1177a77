package org.clusterhub.ui.zone.comparison;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.zone.api.ZoneComparisonRow;

/**
 * A batch recommendation for national creation: its name, the zones (those in provincial creation or re-applied)
 * and the reasons, which every chosen zone's history will show. Fires {@link SaveEvent}; the screen sends.
 */
class BatchDialog extends Dialog {

    final TextField name = new TextField();
    final CheckboxGroup<ZoneComparisonRow> zones = new CheckboxGroup<>();
    final TextArea reasons = new TextArea();

    BatchDialog(Component owner, List<ZoneComparisonRow> eligible) {
        setHeaderTitle(getTranslation("zone.batch.action"));
        setId("batch-dialog");
        name.setLabel(getTranslation("zone.batch.name"));
        name.setId("batch-name");
        name.setWidthFull();
        zones.setLabel(getTranslation("zone.batch.zones"));
        zones.setId("batch-zones");
        zones.setItems(eligible);
        zones.setItemLabelGenerator(r -> (Texts.english() && r.nameEn() != null ? r.nameEn() : r.nameZh())
                + Texts.bracketed(Texts.enumValue(owner, "zone.status", r.status())));
        zones.setHelperText(getTranslation("zone.batch.eligible"));
        reasons.setLabel(getTranslation("zone.batch.reasons"));
        reasons.setId("batch-reasons");
        reasons.setWidthFull();
        reasons.setMinHeight("8em");
        add(new VerticalLayout(name, zones, reasons));
        Button save = new Button(getTranslation("zone.batch.confirm"), click -> {
            name.setInvalid(false);
            zones.setInvalid(false);
            reasons.setInvalid(false);
            fireEvent(new SaveEvent(this));
        });
        save.setId("batch-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("44em");
    }

    void showFieldError(String field, String message) {
        if (field.startsWith("name")) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        } else if (field.startsWith("zoneIds")) {
            zones.setErrorMessage(message);
            zones.setInvalid(true);
        } else if (field.startsWith("reasons")) {
            reasons.setErrorMessage(message);
            reasons.setInvalid(true);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<BatchDialog> {
        SaveEvent(BatchDialog source) {
            super(source, false);
        }
    }
}
