package org.clusterhub.ui.supervision.programmes;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Year;
import java.util.Map;
import java.util.function.BiPredicate;
import org.clusterhub.subsidy.api.DefineFundingProgrammeCommand;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.ui.support.Texts;

/**
 * A supervisor defines a funding programme: year, kind, name, description, budget (万元). The form only collects; the
 * command's validation decides, and its messages go back to the fields.
 */
class DefineProgrammeDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final Select<ProgrammeKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final BigDecimalField budget = new BigDecimalField();
    private final Map<String, HasValidation> fields;

    /** @param save sends the command; answers whether it was accepted */
    DefineProgrammeDialog(BiPredicate<DefineFundingProgrammeCommand, DefineProgrammeDialog> save) {
        setHeaderTitle(getTranslation("subsidy.define.title"));
        setId("define-programme-dialog");
        year.setLabel(getTranslation("subsidy.field.year"));
        year.setValue(Year.now(Texts.SHANGHAI).getValue());
        year.setStepButtonsVisible(true);
        year.setId("programme-year");
        kind.setLabel(getTranslation("subsidy.field.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("subsidy.kind." + k.name()));
        kind.setId("programme-kind");
        name.setLabel(getTranslation("subsidy.field.name"));
        name.setId("programme-name");
        description.setLabel(getTranslation("subsidy.field.description"));
        description.setId("programme-description");
        budget.setLabel(getTranslation("subsidy.field.budget"));
        budget.setId("programme-budget");
        fields = Map.of("year", year, "kind", kind, "name", name, "description", description, "budget", budget);
        FormLayout form = new FormLayout(year, kind, name, budget, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(form);
        Button create = new Button(getTranslation("subsidy.define.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (save.test(command(), this)) {
                close();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("define-programme-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
        setWidth("40em");
    }

    private DefineFundingProgrammeCommand command() {
        return new DefineFundingProgrammeCommand(FundingProgrammeId.create(), year.getValue() == null ? 0
                : year.getValue(), kind.getValue(), name.getValue(), description.getValue(), budget.getValue());
    }

    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
