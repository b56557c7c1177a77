package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RemoveIndicatorCommand;

/** Measurable indicators (KPIs) with their targets; each one its own part. */
final class IndicatorsTab extends VerticalLayout implements ProjectTab {

    private final EditSession session;
    private final Grid<IndicatorView> grid = new Grid<>();
    private final Button add = new Button();
    private final Span hint;
    private final Grid.Column<IndicatorView> actions;
    private EditRights rights;

    IndicatorsTab(EditSession session) {
        this.session = session;
        setPadding(false);
        setSizeFull();
        hint = ProjectTab.readOnlyHint("indicator-hint");
        add.setText(getTranslation("project.editor.indicator.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-indicator");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new IndicatorEditor(session, null)
                .openInDialog(getTranslation("project.editor.indicator.addTitle")));
        grid.setId("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(IndicatorView::name).setKey("name").setHeader(getTranslation("project.editor.indicator.name"))
                .setFlexGrow(3);
        grid.addColumn(i -> ChangeTexts.number(i.targetValue())).setKey("target")
                .setHeader(getTranslation("project.editor.indicator.target")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(IndicatorView::unit).setKey("unit").setHeader(getTranslation("project.editor.indicator.unit"))
                .setWidth("7rem").setFlexGrow(0);
        actions = grid.addComponentColumn(this::rowActions).setKey("actions").setWidth("11rem").setFlexGrow(0);
        HorizontalLayout toolbar = new HorizontalLayout(add, hint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, grid);
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        this.rights = rights;
        boolean may = rights.may(ProjectSection.INDICATORS);
        add.setVisible(may);
        ProjectTab.explain(this, hint, rights, ProjectSection.INDICATORS);
        actions.setVisible(may);
        grid.setItems(project.indicators());
    }

    private Component rowActions(IndicatorView indicator) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (rights == null || !rights.may(ProjectSection.INDICATORS)) {
            return buttons;
        }
        Button edit = new Button(getTranslation("project.editor.edit"), click -> new IndicatorEditor(session,
                indicator.indicatorId()).openInDialog(getTranslation("project.editor.indicator.editTitle",
                indicator.name())));
        edit.addClassName("edit-indicator");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("project.editor.remove"), click -> Removal.confirm(this, session,
                ChangeTexts.indicatorPart(indicator.indicatorId()), indicator.name(),
                version -> new RemoveIndicatorCommand(session.projectId(), indicator.indicatorId(), version)));
        remove.addClassName("remove-indicator");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(edit, remove);
        return buttons;
    }
}
