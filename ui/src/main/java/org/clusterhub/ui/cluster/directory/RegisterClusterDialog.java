package org.clusterhub.ui.cluster.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.Texts;

/** A supervisor adds a cluster to provincial cultivation. The form only collects; the aggregate decides. */
class RegisterClusterDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<ClusterLevel> level = new Select<>();
    private final TextField organizationZh = new TextField();
    private final TextField organizationEn = new TextField();
    private final MultiSelectComboBox<City> centerCities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<City> keyCities = new MultiSelectComboBox<>();
    private final TextArea focusAreas = new TextArea();
    private final Map<String, HasValidation> fields;

    RegisterClusterDialog(BiPredicate<RegisterClusterCommand, RegisterClusterDialog> save) {
        setHeaderTitle(getTranslation("cluster.register.title"));
        setId("register-cluster-dialog");
        code.setLabel(getTranslation("cluster.field.code"));
        code.setHelperText(getTranslation("cluster.field.code.help"));
        nameZh.setLabel(getTranslation("cluster.field.nameZh"));
        nameEn.setLabel(getTranslation("cluster.field.nameEn"));
        level.setLabel(getTranslation("cluster.field.level"));
        level.setItems(ClusterLevel.values());
        level.setItemLabelGenerator(l -> Texts.enumValue(this, "value", l));
        level.setValue(ClusterLevel.PROVINCIAL);
        organizationZh.setLabel(getTranslation("cluster.field.promotionOrganizationZh"));
        organizationEn.setLabel(getTranslation("cluster.field.promotionOrganizationEn"));
        for (MultiSelectComboBox<City> cities : List.of(centerCities, keyCities)) {
            cities.setItems(City.values());
            cities.setItemLabelGenerator(c -> Texts.city(this, c));
        }
        centerCities.setLabel(getTranslation("cluster.field.centerCities"));
        keyCities.setLabel(getTranslation("cluster.field.keyCities"));
        focusAreas.setLabel(getTranslation("cluster.field.focusAreas"));
        focusAreas.setHelperText(getTranslation("cluster.field.focusAreas.help"));
        fields = Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn, "level", level,
                "promotionOrganization.nameZh", organizationZh, "promotionOrganization.nameEn", organizationEn,
                "centerCities", centerCities, "keyCities", keyCities, "focusAreas", focusAreas);

        FormLayout form = new FormLayout(code, nameZh, nameEn, level, organizationZh, organizationEn, centerCities,
                keyCities, focusAreas);
        form.setColspan(focusAreas, 2);
        add(form);
        Button saveButton = new Button(getTranslation("common.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (save.test(command(), this)) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("register-cluster-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), saveButton);
        setWidth("48em");
    }

    private RegisterClusterCommand command() {
        List<String> areas = Arrays.stream(focusAreas.getValue().split("[\\n,，、]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RegisterClusterCommand(ClusterId.create(), null, code.getValue().strip(), nameZh.getValue(),
                nameEn.getValue(), level.getValue(), new PromotionOrganization(organizationZh.getValue(),
                organizationEn.getValue()), new ArrayList<>(centerCities.getSelectedItems()),
                new ArrayList<>(keyCities.getSelectedItems()), List.of(), List.of(), List.of(), areas, List.of());
    }

    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]+>", ""));
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
