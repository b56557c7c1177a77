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
import java.math.BigDecimal;
import java.util.List;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RemoveBudgetLineCommand;
import org.clusterhub.ui.support.Texts;

/**
 * The budget by line and funding source (万元). Each line is its own part: people editing different lines never
 * conflict. After approval the grid also shows the approved amount, what was spent and how far the plan drifted.
 */
final class BudgetTab extends VerticalLayout implements ProjectTab {

    private final EditSession session;
    private final Grid<BudgetLineView> grid = new Grid<>();
    private final Button add = new Button();
    private final Span hint;
    private final Grid.Column<BudgetLineView> amount;
    private final Grid.Column<BudgetLineView> approved;
    private final Grid.Column<BudgetLineView> spent;
    private final Grid.Column<BudgetLineView> drift;
    private final Grid.Column<BudgetLineView> actions;
    private EditRights rights;

    BudgetTab(EditSession session) {
        this.session = session;
        setPadding(false);
        setSizeFull();
        hint = ProjectTab.readOnlyHint("budget-hint");
        add.setText(getTranslation("project.editor.budget.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-budget-line");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new BudgetLineEditor(session, null)
                .openInDialog(getTranslation("project.editor.budget.addTitle")));
        grid.setId("budget-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(BudgetLineView::item).setKey("item").setHeader(getTranslation("project.editor.budget.item"))
                .setFlexGrow(3);
        grid.addColumn(line -> Texts.enumValue(this, "project.source", line.source())).setKey("source")
                .setHeader(getTranslation("project.editor.budget.source")).setWidth("10rem").setFlexGrow(1);
        amount = grid.addColumn(line -> ChangeTexts.money(line.amount())).setKey("amount")
                .setHeader(getTranslation("project.editor.budget.amount")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        approved = grid.addColumn(line -> ChangeTexts.money(line.approvedAmount())).setKey("approved")
                .setHeader(getTranslation("project.editor.budget.approved")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        spent = grid.addColumn(line -> ChangeTexts.money(line.spent())).setKey("spent")
                .setHeader(getTranslation("project.editor.budget.spent")).setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        drift = grid.addColumn(line -> ChangeTexts.drift(line).orElse("—")).setKey("drift")
                .setHeader(getTranslation("project.editor.budget.drift")).setWidth("8rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        actions = grid.addComponentColumn(this::rowActions).setKey("actions").setWidth("11rem").setFlexGrow(0);
        HorizontalLayout toolbar = new HorizontalLayout(add, hint);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, grid);
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        this.rights = rights;
        boolean may = rights.may(ProjectSection.BUDGET);
        add.setVisible(may);
        ProjectTab.explain(this, hint, rights, ProjectSection.BUDGET);
        List<BudgetLineView> lines = project.budgetLines();
        boolean afterApproval = lines.stream().anyMatch(line -> line.approvedAmount() != null);
        approved.setVisible(afterApproval);
        spent.setVisible(afterApproval);
        drift.setVisible(afterApproval);
        actions.setVisible(may);
        BigDecimal total = lines.stream().map(BudgetLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        amount.setFooter(getTranslation("project.editor.budget.total", ChangeTexts.money(total)));
        grid.setItems(lines);
    }

    private Component rowActions(BudgetLineView line) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (rights == null || !rights.may(ProjectSection.BUDGET)) {
            return buttons;
        }
        Button edit = new Button(getTranslation("project.editor.edit"), click -> new BudgetLineEditor(session,
                line.lineId()).openInDialog(getTranslation("project.editor.budget.editTitle", line.item())));
        edit.addClassName("edit-budget-line");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("project.editor.remove"), click -> Removal.confirm(this, session,
                ChangeTexts.budgetPart(line.lineId()), line.item(),
                version -> new RemoveBudgetLineCommand(session.projectId(), line.lineId(), version)));
        remove.addClassName("remove-budget-line");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(edit, remove);
        return buttons;
    }
}
