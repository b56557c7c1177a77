package org.clusterhub.ui.supervision.programme;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiPredicate;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.AwardGrantCommand;
import org.clusterhub.subsidy.api.FindSubsidyProjectsQuery;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.FundingProgrammeView;
import org.clusterhub.subsidy.api.GrantId;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.SubsidyProject;
import org.clusterhub.subsidy.api.SubsidyProjectList;
import org.clusterhub.ui.supervision.grants.GrantDetails;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * A supervisor grants an amount within the programme: to a project of the library (picked by title; its lead
 * organization, cluster and city follow from the project) or to an organization (a cluster's promotion organization
 * by default, or named with its city), in tranches. The form only collects; the programme decides, budget included.
 */
class AwardGrantDialog extends FormDialog {

    private final RadioButtonGroup<RecipientKind> kind = new RadioButtonGroup<>();
    private final ComboBox<SubsidyProject> project = new ComboBox<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final TextField organization = new TextField();
    private final Select<City> city = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea purpose = new TextArea();
    private final TrancheRows tranches = new TrancheRows("award");
    private final FundingProgrammeId programmeId;

    AwardGrantDialog(FundingProgrammeView programme, Queries queries, List<ClusterSummary> clusters,
                     BiPredicate<AwardGrantCommand, AwardGrantDialog> save) {
        super(null, "award-grant-dialog", "subsidy.award.save");
        this.programmeId = programme.programmeId();
        setHeaderTitle(getTranslation("subsidy.award.title", programme.name(),
                GrantDetails.wan(programme.remaining())));
        kind.setLabel(getTranslation("subsidy.field.recipientKind"));
        kind.setItems(RecipientKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("subsidy.recipient." + k.name()));
        kind.setId("award-recipient-kind");
        project.setLabel(getTranslation("subsidy.field.project"));
        project.setItemLabelGenerator(p -> p.title() + " · " + p.leadOrganization());
        project.setItems(query -> queries.one(new FindSubsidyProjectsQuery(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()), SubsidyProjectList.class).items().stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        project.setId("award-project");
        project.setHelperText(getTranslation("subsidy.field.project.help"));
        cluster.setLabel(getTranslation("subsidy.field.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
        cluster.setClearButtonVisible(true);
        cluster.setId("award-cluster");
        organization.setLabel(getTranslation("subsidy.field.organization"));
        organization.setHelperText(getTranslation("subsidy.field.organization.help"));
        organization.setId("award-organization");
        city.setLabel(getTranslation("subsidy.field.city"));
        city.setItems(City.values());
        city.setEmptySelectionAllowed(true);
        city.setItemLabelGenerator(c -> c == null ? "" : Texts.city(this, c));
        city.setId("award-city");
        amount.setLabel(getTranslation("subsidy.field.amount"));
        amount.setId("award-amount");
        purpose.setLabel(getTranslation("subsidy.field.purpose"));
        purpose.setId("award-purpose");

        field("recipientKind", kind);
        field("projectId", project);
        field("clusterId", cluster);
        field("organization", organization);
        field("city", city);
        field("amount", amount);
        field("purpose", purpose);
        wide(tranches, tranches::showFieldError);
        kind.addValueChangeListener(e -> recipientChanged());
        project.addValueChangeListener(e -> tranches.recipient(kind.getValue() == RecipientKind.PROJECT,
                e.getValue() == null ? List.of() : e.getValue().milestones()));
        cluster.addValueChangeListener(e -> {
            if (e.getValue() != null && organization.isEmpty()) {
                organization.setPlaceholder(e.getValue().promotionOrganizationZh());
            }
        });
        kind.setValue(programme.kind() == ProgrammeKind.PROJECT_SUBSIDY ? RecipientKind.PROJECT
                : RecipientKind.ORGANIZATION);
        kind.setReadOnly(programme.kind() != ProgrammeKind.OTHER);
        tranches.addRow(null);
        onSave(() -> {
            tranches.clearErrors();
            return save.test(command(), this);
        });
        setWidth("min(58rem, 96vw)");
    }

    private void recipientChanged() {
        boolean toProject = kind.getValue() == RecipientKind.PROJECT;
        project.setVisible(toProject);
        cluster.setVisible(!toProject);
        organization.setVisible(!toProject);
        city.setVisible(!toProject);
        tranches.recipient(toProject, toProject && project.getValue() != null ? project.getValue().milestones()
                : List.of());
    }

    private AwardGrantCommand command() {
        boolean toProject = kind.getValue() == RecipientKind.PROJECT;
        return new AwardGrantCommand(programmeId, GrantId.create(), kind.getValue(),
                toProject && project.getValue() != null ? project.getValue().projectId() : null,
                toProject ? null : organization.getValue(),
                toProject || cluster.getValue() == null ? null : cluster.getValue().clusterId(),
                toProject ? null : city.getValue(), amount.getValue(), purpose.getValue(), tranches.value());
    }
}
