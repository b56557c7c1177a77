package org.clusterhub.ui.cluster.detail;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Map;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.Texts;

/** Collects a new member organization and fires {@link SaveEvent}; it never talks to the backend. */
class MemberForm extends FormLayout {

    final TextField name = new TextField();
    final Select<OrganizationKind> kind = new Select<>();
    final ComboBox<City> city = new ComboBox<>();
    final Select<ChainPosition> chainPosition = new Select<>();
    final TextField creditCode = new TextField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields;

    MemberForm(City fixedCity) {
        setId("member-form");
        name.setLabel(getTranslation("cluster.member.name"));
        name.setId("member-name");
        name.setMaxLength(100);
        kind.setLabel(getTranslation("cluster.member.kind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> Texts.enumValue(this, "value", k));
        kind.setId("member-kind");
        city.setLabel(getTranslation("cluster.member.city"));
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setId("member-city");
        if (fixedCity != null) {
            // A city coordinator adds organizations of their own city only.
            city.setValue(fixedCity);
            city.setReadOnly(true);
        }
        chainPosition.setLabel(getTranslation("cluster.member.chainPosition"));
        chainPosition.setItems(ChainPosition.values());
        chainPosition.setItemLabelGenerator(p -> Texts.enumValue(this, "value", p));
        chainPosition.setId("member-chain-position");
        creditCode.setLabel(getTranslation("cluster.member.creditCode"));
        creditCode.setHelperText(getTranslation("cluster.member.creditCode.help"));
        creditCode.setId("member-credit-code");
        creditCode.setMaxLength(18);
        creditCode.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                creditCode.setValue(change.getValue().strip().toUpperCase(Locale.ROOT));
            }
        });
        save.setText(getTranslation("cluster.member.add"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        save.addClickListener(click -> {
            clearErrors();
            fireEvent(new SaveEvent(this));
        });
        fields = Map.of("name", name, "kind", kind, "city", city, "chainPosition", chainPosition,
                "creditCode", creditCode);
        // Every field is required; the command's validation decides, the marks only tell the person beforehand.
        fields.values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setRequiredIndicatorVisible(true));
        add(name, kind, city, chainPosition, creditCode);
    }

    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<MemberForm> {
        SaveEvent(MemberForm source) {
            super(source, false);
        }
    }
}
