package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterhub.project.api.AddParticipantCommand;
import org.clusterhub.project.api.AssignSectionsCommand;
import org.clusterhub.project.api.ParticipantRole;
import org.clusterhub.project.api.ParticipantView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RemoveParticipantCommand;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.Texts;

/**
 * The participating organizations and their cities, and which sections each may edit. Promotion staff of the
 * cluster add organizations (members of the cluster or beyond), change their sections and remove them; the lead
 * organization always has every section.
 */
final class ParticipantsTab extends VerticalLayout implements ProjectTab {

    private final EditSession session;
    private final Grid<ParticipantView> grid = new Grid<>();
    private final Button add = new Button();
    private final Span hint;
    private final Grid.Column<ParticipantView> actions;
    private EditRights rights;

    ParticipantsTab(EditSession session) {
        this.session = session;
        setPadding(false);
        setSizeFull();
        hint = ProjectTab.readOnlyHint("participant-hint");
        add.setText(getTranslation("project.editor.participant.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-participant");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openAddDialog());
        grid.setId("participant-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ParticipantView::organization).setKey("organization")
                .setHeader(getTranslation("project.editor.participant.organization")).setFlexGrow(3);
        grid.addColumn(p -> Texts.city(this, p.city())).setKey("city")
                .setHeader(getTranslation("project.editor.participant.city")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> Texts.enumValue(this, "project.role", p.role())).setKey("role")
                .setHeader(getTranslation("project.editor.participant.role")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::sections).setKey("sections")
                .setHeader(getTranslation("project.editor.participant.sections")).setFlexGrow(3);
        actions = grid.addComponentColumn(this::rowActions).setKey("actions").setWidth("13rem").setFlexGrow(0);
        HorizontalLayout toolbar = new HorizontalLayout(add, hint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, grid);
    }

    private String sections(ParticipantView participant) {
        return ChangeTexts.sections(this, participant.sections());
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        this.rights = rights;
        add.setVisible(rights.mayManage());
        ProjectTab.explain(this, hint, rights, null);
        actions.setVisible(rights.mayManage());
        grid.setItems(project.participants());
    }

    private Component rowActions(ParticipantView participant) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (rights == null || !rights.mayManage() || participant.role() == ParticipantRole.LEAD) {
            return buttons;
        }
        Button sections = new Button(getTranslation("project.editor.participant.changeSections"),
                click -> openSectionsDialog(participant));
        sections.addClassName("change-sections");
        sections.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("project.editor.remove"), click -> confirmRemoval(participant));
        remove.addClassName("remove-participant");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(sections, remove);
        return buttons;
    }

    private CheckboxGroup<ProjectSection> sectionChoice(Set<ProjectSection> chosen) {
        CheckboxGroup<ProjectSection> choice = new CheckboxGroup<>();
        choice.setId("participant-sections");
        choice.setLabel(getTranslation("project.editor.participant.sections"));
        choice.setItems(ProjectSection.values());
        choice.setItemLabelGenerator(s -> Texts.enumValue(this, "project.section", s));
        choice.setValue(chosen);
        return choice;
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("participant-dialog");
        dialog.setHeaderTitle(getTranslation("project.editor.participant.addTitle"));
        TextField organization = new TextField(getTranslation("project.editor.participant.organization"));
        organization.setId("participant-organization");
        organization.setMaxLength(100);
        organization.setHelperText(getTranslation("project.editor.participant.organizationHelp"));
        ComboBox<City> city = new ComboBox<>(getTranslation("project.editor.participant.city"));
        city.setId("participant-city");
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> Texts.city(this, c));
        CheckboxGroup<ProjectSection> sections = sectionChoice(Set.of());
        FormLayout form = new FormLayout(organization, city, sections);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("project.editor.add"), click -> {
            organization.setInvalid(false);
            city.setInvalid(false);
            AddParticipantCommand command = new AddParticipantCommand(session.projectId(), organization.getValue(),
                    city.getValue(), sections.getValue());
            if (session.send(command, (field, message) -> {
                if (field.equals("organization")) {
                    organization.setErrorMessage(message);
                    organization.setInvalid(true);
                } else if (field.equals("city")) {
                    city.setErrorMessage(message);
                    city.setInvalid(true);
                }
            })) {
                dialog.close();
            }
        });
        save.setId("participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("34rem");
        dialog.addOpenedChangeListener(change -> session.editing(change.isOpened() ? ChangeTexts.PARTICIPANTS : null));
        dialog.open();
    }

    private void openSectionsDialog(ParticipantView participant) {
        Dialog dialog = new Dialog();
        dialog.setId("sections-dialog");
        dialog.setHeaderTitle(getTranslation("project.editor.participant.sectionsTitle", participant.organization()));
        CheckboxGroup<ProjectSection> sections = sectionChoice(participant.sections() == null ? Set.of()
                : participant.sections());
        String part = "participant:" + participant.organization();
        long seen = EditSession.versionOf(session.project(), part);
        Button save = new Button(getTranslation("common.save"), click -> session.sendEdit(new EditSession.Edit(part,
                        version -> new AssignSectionsCommand(session.projectId(), participant.organization(),
                                sections.getValue(), version), ChangeTexts.sections(this, sections.getValue())),
                seen, null, dialog::close, dialog::close));
        save.setId("sections-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(sections);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.addOpenedChangeListener(change -> session.editing(change.isOpened() ? ChangeTexts.PARTICIPANTS : null));
        dialog.open();
    }

    private void confirmRemoval(ParticipantView participant) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("remove-confirm");
        confirm.setHeader(getTranslation("project.editor.remove.title"));
        confirm.setText(getTranslation("project.editor.remove.text", participant.organization()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("project.editor.remove"));
        confirm.setConfirmButtonTheme("error primary");
        String part = "participant:" + participant.organization();
        long seen = EditSession.versionOf(session.project(), part);
        confirm.addConfirmListener(yes -> session.sendEdit(new EditSession.Edit(part,
                        version -> new RemoveParticipantCommand(session.projectId(), participant.organization(),
                                version), getTranslation("project.editor.describe.removing")),
                seen, null, () -> { }, () -> { }));
        confirm.open();
    }
}
