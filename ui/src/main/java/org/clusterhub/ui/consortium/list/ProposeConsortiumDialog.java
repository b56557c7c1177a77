package org.clusterhub.ui.consortium.list;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ProposeConsortiumCommand;
import org.clusterhub.consortium.api.ConsortiumOrigin;
import org.clusterhub.cluster.api.ClusterId;
import com.vaadin.flow.component.html.Paragraph;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.Actor;
import org.clusterhub.ui.consortium.detail.CommitmentFields;
import org.clusterhub.ui.support.Texts;

/**
 * A member proposes a consortium for its own organization, which becomes the lead. The form only collects; the
 * command's validation and the aggregate decide, and their messages go back to the fields.
 */
class ProposeConsortiumDialog extends Dialog {

    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final TextField name = new TextField();
    private final Select<TechnologyArea> area = new Select<>();
    private final TextField keywords = new TextField();
    private final TextArea aims = new TextArea();
    private final TextArea platforms = new TextArea();
    private final TextField creditCode = new TextField();
    private final Select<OrganizationKind> kind = new Select<>();
    private final CommitmentFields commitment = new CommitmentFields("propose");
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Actor actor;
    private ConsortiumOrigin origin;

    /**
     * @param knownCreditCode the organization's code as an earlier consortium recorded it, or empty
     * @param save sends the command; answers whether it was accepted
     */
    ProposeConsortiumDialog(Actor actor, List<ClusterSummary> clusters, String knownCreditCode,
                            BiPredicate<ProposeConsortiumCommand, ProposeConsortiumDialog> save) {
        this.actor = actor;
        setHeaderTitle(getTranslation("consortium.propose.title", actor.organization()));
        setId("propose-dialog");
        cluster.setLabel(getTranslation("consortium.field.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
        cluster.setId("propose-cluster");
        name.setLabel(getTranslation("consortium.field.name"));
        name.setId("propose-name");
        area.setLabel(getTranslation("consortium.field.area"));
        area.setItems(TechnologyArea.values());
        area.setItemLabelGenerator(a -> a == null ? "" : getTranslation("consortium.area." + a.name()));
        area.setId("propose-area");
        keywords.setLabel(getTranslation("consortium.field.keywords"));
        keywords.setHelperText(getTranslation("consortium.field.keywords.help"));
        keywords.setId("propose-keywords");
        aims.setLabel(getTranslation("consortium.field.aims"));
        aims.setId("propose-aims");
        platforms.setLabel(getTranslation("consortium.field.platforms"));
        platforms.setHelperText(getTranslation("consortium.field.platforms.help"));
        platforms.setId("propose-platforms");
        creditCode.setLabel(getTranslation("consortium.field.leadCreditCode"));
        creditCode.setHelperText(getTranslation("consortium.field.creditCode.help"));
        creditCode.setId("propose-credit-code");
        creditCode.setValue(knownCreditCode);
        kind.setLabel(getTranslation("consortium.field.leadKind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("value." + k.name()));
        kind.setValue(OrganizationKind.ENTERPRISE);
        kind.setId("propose-kind");
        fields.putAll(Map.of("clusterId", cluster, "name", name, "area", area, "keywords", keywords, "aims", aims,
                "platforms", platforms, "leadCreditCode", creditCode, "leadKind", kind));
        commitment.fields("leadCommitment").forEach(fields::put);

        FormLayout form = new FormLayout(cluster, name, area, keywords, aims, platforms, creditCode, kind);
        form.setColspan(cluster, 2);
        form.setColspan(name, 2);
        form.setColspan(aims, 2);
        form.setColspan(platforms, 2);
        add(form, commitment);
        Button create = new Button(getTranslation("consortium.propose.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (save.test(command(), this)) {
                close();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("propose-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
        setWidth("46em");
    }

    private ProposeConsortiumCommand command() {
        ClusterSummary chosen = cluster.getValue();
        return new ProposeConsortiumCommand(ConsortiumId.create(), chosen == null ? null : chosen.clusterId(),
                name.getValue(), area.getValue(), split(keywords.getValue(), "[,，、;；\\s]+"), aims.getValue(),
                split(platforms.getValue(), "[\\n;；]+"), actor.organization(), creditCode.getValue().strip()
                .toUpperCase(java.util.Locale.ROOT), kind.getValue(), commitment.value(), origin);
    }

    /**
     * The proposal grows out of a matchmaking meeting (ADR 018): the consortium records it, the cluster is the
     * activity's, and the dialog says so.
     */
    void fromMeeting(ConsortiumOrigin origin, String activityTitle, ClusterId clusterId) {
        this.origin = origin;
        Paragraph note = new Paragraph(getTranslation("consortium.propose.fromMeeting", activityTitle));
        note.setId("propose-origin");
        addComponentAsFirst(note);
        cluster.getListDataView().getItems().filter(c -> c.clusterId().equals(clusterId)).findFirst()
                .ifPresent(cluster::setValue);
    }

    static List<String> split(String text, String separators) {
        return text == null ? List.of() : Arrays.stream(text.split(separators)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Shows a refused field's message; a nested field such as {@code keywords[0]} marks its list field. */
    void showFieldError(String field, String message) {
        String key = field.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]+>", "");
        HasValidation target = fields.get(key);
        if (target == null && key.contains(".")) {
            target = fields.get(key.substring(0, key.indexOf('.')));
        }
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
