package org.clusterhub.ui.project.library;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.Texts;

/**
 * Promotion staff draft a project for one of their clusters. The form only collects and suggests (the cluster's
 * member organizations as lead, its first center city); the command's validation and the aggregate decide.
 */
class NewProjectDialog extends Dialog {

    static final int PLANNED_YEARS = 3;

    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final Select<ProjectKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final ComboBox<String> leadOrganization = new ComboBox<>();
    private final ComboBox<City> city = new ComboBox<>();
    private final TextField personInCharge = new TextField();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private final Map<String, HasValidation> fields;
    private final Actor actor;
    private final Function<ClusterId, Optional<ClusterDetails>> details;

    /**
     * @param clusters the clusters the person may draft for
     * @param details a cluster's members and center cities, for the suggestions
     * @param save sends the command; answers whether it was accepted
     */
    NewProjectDialog(Actor actor, List<ClusterSummary> clusters, Function<ClusterId, Optional<ClusterDetails>> details,
                     BiPredicate<DraftProjectCommand, NewProjectDialog> save) {
        this.actor = actor;
        this.details = details;
        setHeaderTitle(getTranslation("projectLibrary.new.title"));
        setId("new-project-dialog");

        cluster.setLabel(getTranslation("projectLibrary.field.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
        cluster.setId("new-project-cluster");
        kind.setLabel(getTranslation("projectLibrary.field.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("project.kind." + k.name()));
        kind.setId("new-project-kind");
        title.setLabel(getTranslation("projectLibrary.field.title"));
        title.setId("new-project-title");
        leadOrganization.setLabel(getTranslation("projectLibrary.field.leadOrganization"));
        leadOrganization.setHelperText(getTranslation("projectLibrary.field.leadOrganization.help"));
        leadOrganization.setAllowCustomValue(true);
        leadOrganization.addCustomValueSetListener(custom -> leadOrganization.setValue(custom.getDetail()));
        leadOrganization.setId("new-project-lead");
        city.setLabel(getTranslation("projectLibrary.field.city"));
        city.setHelperText(getTranslation("projectLibrary.field.city.help"));
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        city.setId("new-project-city");
        personInCharge.setLabel(getTranslation("projectLibrary.field.personInCharge"));
        personInCharge.setId("new-project-person");
        int thisYear = Year.now(Texts.SHANGHAI).getValue();
        startYear.setLabel(getTranslation("projectLibrary.field.startYear"));
        startYear.setValue(thisYear);
        startYear.setStepButtonsVisible(true);
        startYear.setId("new-project-start");
        endYear.setLabel(getTranslation("projectLibrary.field.endYear"));
        endYear.setValue(thisYear + PLANNED_YEARS - 1);
        endYear.setStepButtonsVisible(true);
        endYear.setId("new-project-end");
        fields = Map.of("clusterId", cluster, "kind", kind, "title", title, "leadOrganization", leadOrganization,
                "city", city, "personInCharge", personInCharge, "startYear", startYear, "endYear", endYear);

        cluster.addValueChangeListener(change -> suggestFor(change.getValue()));
        leadOrganization.setItems(suggestions(List.of()));
        leadOrganization.setValue(actor.organization());
        if (clusters.size() == 1) {
            cluster.setValue(clusters.get(0));
            cluster.setReadOnly(true);
        }

        FormLayout form = new FormLayout(cluster, kind, title, leadOrganization, city, personInCharge, startYear,
                endYear);
        form.setColspan(cluster, 2);
        form.setColspan(title, 2);
        form.setColspan(leadOrganization, 2);
        add(form);
        Button create = new Button(getTranslation("projectLibrary.new.create"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (save.test(command(), this)) {
                close();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-project-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
        setWidth("44em");
    }

    /** The chosen cluster's member organizations as lead candidates, and its first center city. */
    private void suggestFor(ClusterSummary chosen) {
        if (chosen == null) {
            return;
        }
        Optional<ClusterDetails> found = details.apply(chosen.clusterId());
        List<String> members = found.map(d -> d.members().stream().map(MemberOrganizationView::name).toList())
                .orElse(List.of());
        String lead = leadOrganization.getValue();
        leadOrganization.setItems(suggestions(members));
        leadOrganization.setValue(lead);
        List<City> centers = found.map(ClusterDetails::centerCities).orElse(chosen.centerCities());
        if (centers != null && !centers.isEmpty()) {
            city.setValue(centers.get(0));
        }
    }

    private List<String> suggestions(List<String> members) {
        Set<String> names = new LinkedHashSet<>();
        if (actor.organization() != null) {
            names.add(actor.organization());
        }
        names.addAll(members);
        return new ArrayList<>(names);
    }

    private DraftProjectCommand command() {
        ClusterSummary chosen = cluster.getValue();
        return new DraftProjectCommand(ProjectId.create(), chosen == null ? null : chosen.clusterId(),
                kind.getValue(), title.getValue(), leadOrganization.getValue() == null ? ""
                : leadOrganization.getValue(), city.getValue(), personInCharge.getValue(),
                startYear.getValue() == null ? 0 : startYear.getValue(),
                endYear.getValue() == null ? 0 : endYear.getValue());
    }

    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
