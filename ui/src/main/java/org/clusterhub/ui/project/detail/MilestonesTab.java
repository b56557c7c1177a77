package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RemoveMilestoneCommand;

/** Milestones with due date, deliverable and the organization that reports on each; each one its own part. */
final class MilestonesTab extends VerticalLayout implements ProjectTab {

    private final EditSession session;
    private final Grid<MilestoneView> grid = new Grid<>();
    private final Button add = new Button();
    private final Span hint;
    private final Grid.Column<MilestoneView> progress;
    private final Grid.Column<MilestoneView> actions;
    private EditRights rights;

    MilestonesTab(EditSession session) {
        this.session = session;
        setPadding(false);
        setSizeFull();
        hint = ProjectTab.readOnlyHint("milestone-hint");
        add.setText(getTranslation("project.editor.milestone.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new MilestoneEditor(session, null)
                .openInDialog(getTranslation("project.editor.milestone.addTitle")));
        grid.setId("milestone-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneView::title).setKey("title").setHeader(getTranslation("project.editor.milestone.title"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.dueDate() == null ? "" : m.dueDate().toString()).setKey("dueDate")
                .setHeader(getTranslation("project.editor.milestone.dueDate")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(MilestoneView::deliverable).setKey("deliverable")
                .setHeader(getTranslation("project.editor.milestone.deliverable")).setFlexGrow(3);
        grid.addColumn(MilestoneView::ownerOrganization).setKey("owner")
                .setHeader(getTranslation("project.editor.milestone.owner")).setFlexGrow(2);
        progress = grid.addColumn(this::progress).setKey("progress")
                .setHeader(getTranslation("project.editor.milestone.progress")).setWidth("8rem").setFlexGrow(0);
        actions = grid.addComponentColumn(this::rowActions).setKey("actions").setWidth("11rem").setFlexGrow(0);
        HorizontalLayout toolbar = new HorizontalLayout(add, hint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, grid);
    }

    private String progress(MilestoneView m) {
        if (m.completed()) {
            return getTranslation("project.editor.milestone.completed");
        }
        String percent = m.percentComplete() + "%";
        return m.overdue() ? getTranslation("project.editor.milestone.overdue", percent) : percent;
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        this.rights = rights;
        boolean may = rights.may(ProjectSection.MILESTONES);
        add.setVisible(may);
        ProjectTab.explain(this, hint, rights, ProjectSection.MILESTONES);
        progress.setVisible(project.status().isUnderway() || project.status().isFinal());
        actions.setVisible(may);
        grid.setItems(project.milestones());
    }

    private Component rowActions(MilestoneView milestone) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (rights == null || !rights.may(ProjectSection.MILESTONES)) {
            return buttons;
        }
        Button edit = new Button(getTranslation("project.editor.edit"), click -> new MilestoneEditor(session,
                milestone.milestoneId()).openInDialog(getTranslation("project.editor.milestone.editTitle",
                milestone.title())));
        edit.addClassName("edit-milestone");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("project.editor.remove"), click -> Removal.confirm(this, session,
                ChangeTexts.milestonePart(milestone.milestoneId()), milestone.title(),
                version -> new RemoveMilestoneCommand(session.projectId(), milestone.milestoneId(), version)));
        remove.addClassName("remove-milestone");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(edit, remove);
        return buttons;
    }
}
