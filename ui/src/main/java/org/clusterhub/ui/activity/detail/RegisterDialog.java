package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.support.Texts;

/**
 * Registers one person. A member registers people of their own organization (fixed here); the organizer may type
 * any organization.
 */
final class RegisterDialog extends Dialog {

    final TextField organization = new TextField();
    final ComboBox<City> city = new ComboBox<>();
    final TextField attendeeName = new TextField();
    final TextField attendeeContact = new TextField();

    RegisterDialog(Actor actor, Predicate<RegisterDialog> onRegister) {
        setHeaderTitle(getTranslation("activity.register.title"));
        setId("register-dialog");
        organization.setLabel(getTranslation("activity.register.organization"));
        organization.setId("register-organization");
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setLabel(getTranslation("activity.register.city"));
        city.setId("register-city");
        if (actor.role() == Role.MEMBER) {
            organization.setValue(actor.organization());
            organization.setReadOnly(true);
            city.setValue(actor.city());
            city.setReadOnly(actor.city() != null);
        }
        attendeeName.setLabel(getTranslation("activity.register.name"));
        attendeeName.setId("register-name");
        attendeeContact.setLabel(getTranslation("activity.register.contact"));
        attendeeContact.setId("register-contact");
        FormLayout form = new FormLayout(organization, city, attendeeName, attendeeContact);
        add(form);
        Button register = new Button(getTranslation("activity.action.register"), click -> {
            attendeeName.setInvalid(false);
            organization.setInvalid(false);
            if (onRegister.test(this)) {
                close();
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), register);
    }

    void showFieldError(String field, String message) {
        TextField target = switch (field) {
            case "attendeeName" -> attendeeName;
            case "organization" -> organization;
            case "attendeeContact" -> attendeeContact;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else if ("organizationCity".equals(field)) {
            city.setErrorMessage(message);
            city.setInvalid(true);
        }
    }
}
