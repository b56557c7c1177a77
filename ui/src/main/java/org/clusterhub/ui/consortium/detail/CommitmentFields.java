package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import org.clusterhub.consortium.api.Commitment;

/** What an organization commits to a consortium: people, equipment and its value, money (yuan). */
public class CommitmentFields extends FormLayout {

    private final IntegerField people = new IntegerField();
    private final TextField equipment = new TextField();
    private final BigDecimalField equipmentValue = new BigDecimalField();
    private final BigDecimalField money = new BigDecimalField();

    /** @param idPrefix makes the fields' ids unique per dialog, e.g. {@code accept-people} */
    public CommitmentFields(String idPrefix) {
        people.setLabel(getTranslation("consortium.field.people"));
        people.setMin(0);
        people.setValue(0);
        people.setStepButtonsVisible(true);
        people.setId(idPrefix + "-people");
        equipment.setLabel(getTranslation("consortium.field.equipment"));
        equipment.setId(idPrefix + "-equipment");
        equipmentValue.setLabel(getTranslation("consortium.field.equipmentValue"));
        equipmentValue.setSuffixComponent(new Span(getTranslation("consortium.unit.yuan")));
        equipmentValue.setId(idPrefix + "-equipment-value");
        money.setLabel(getTranslation("consortium.field.money"));
        money.setSuffixComponent(new Span(getTranslation("consortium.unit.yuan")));
        money.setId(idPrefix + "-money");
        add(people, equipment, equipmentValue, money);
    }

    public void show(Commitment commitment) {
        if (commitment != null) {
            people.setValue(commitment.people());
            equipment.setValue(commitment.equipment() == null ? "" : commitment.equipment());
            equipmentValue.setValue(commitment.equipmentValue());
            money.setValue(commitment.money());
        }
    }

    public Commitment value() {
        return new Commitment(people.getValue() == null ? 0 : people.getValue(), equipment.getValue(),
                orZero(equipmentValue.getValue()), orZero(money.getValue()));
    }

    /** The fields by the property path a refusal names, e.g. {@code commitment.money}. */
    public Map<String, HasValidation> fields(String property) {
        return Map.of(property + ".people", people, property + ".equipment", equipment,
                property + ".equipmentValue", equipmentValue, property + ".money", money);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
