package org.clusterhub.ui.project.replay;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ParticipantView;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.ui.project.detail.ProjectHeader;
import org.clusterhub.ui.support.Texts;

/**
 * A project as it was at one point, read-only: the header's facts, then participants, budget, milestones, KPIs. Shown by
 * the replay of any aggregate (package {@code supervision.replay}) for projects.
 */
public final class ProjectStateSheet extends VerticalLayout {

    private final ProjectHeader header = new ProjectHeader();
    private final Grid<ParticipantView> participants = new Grid<>();
    private final Grid<BudgetLineView> budget = new Grid<>();
    private final Grid<MilestoneView> milestones = new Grid<>();
    private final Grid<IndicatorView> indicators = new Grid<>();

    public ProjectStateSheet() {
        setPadding(false);
        participants.setId("replay-participants");
        participants.addColumn(ParticipantView::organization)
                .setHeader(getTranslation("project.editor.participant.organization")).setFlexGrow(3);
        participants.addColumn(p -> Texts.city(this, p.city()))
                .setHeader(getTranslation("project.editor.participant.city"));
        participants.addColumn(p -> Texts.enumValue(this, "project.role", p.role()))
                .setHeader(getTranslation("project.editor.participant.role"));
        budget.setId("replay-budget");
        budget.addColumn(BudgetLineView::item).setHeader(getTranslation("project.editor.budget.item")).setFlexGrow(3);
        budget.addColumn(line -> Texts.enumValue(this, "project.source", line.source()))
                .setHeader(getTranslation("project.editor.budget.source")).setFlexGrow(2);
        budget.addColumn(line -> money(line.amount())).setHeader(getTranslation("project.editor.budget.amount"));
        budget.addColumn(line -> money(line.approvedAmount()))
                .setHeader(getTranslation("project.editor.budget.approved"));
        budget.addColumn(line -> money(line.spent())).setHeader(getTranslation("project.editor.budget.spent"));
        milestones.setId("replay-milestones");
        milestones.addColumn(MilestoneView::title).setHeader(getTranslation("project.editor.milestone.title"))
                .setFlexGrow(3);
        milestones.addColumn(m -> m.dueDate() == null ? "" : m.dueDate().toString())
                .setHeader(getTranslation("project.editor.milestone.dueDate"));
        milestones.addColumn(MilestoneView::ownerOrganization)
                .setHeader(getTranslation("project.editor.milestone.owner")).setFlexGrow(2);
        milestones.addColumn(m -> m.percentComplete() + "%")
                .setHeader(getTranslation("project.editor.milestone.progress"));
        indicators.setId("replay-indicators");
        indicators.addColumn(IndicatorView::name).setHeader(getTranslation("project.editor.indicator.name"))
                .setFlexGrow(3);
        indicators.addColumn(i -> money(i.targetValue()) + " " + i.unit())
                .setHeader(getTranslation("project.editor.indicator.target"));
        for (Grid<?> grid : new Grid<?>[] {participants, budget, milestones, indicators}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
        }
        add(header, new H4(getTranslation("project.editor.tab.participants")), participants,
                new H4(getTranslation("project.editor.tab.budget")), budget,
                new H4(getTranslation("project.editor.tab.milestones")), milestones,
                new H4(getTranslation("project.editor.tab.indicators")), indicators);
    }

    public void show(ProjectView project) {
        header.show(project);
        participants.setItems(project.participants());
        budget.setItems(project.budgetLines());
        milestones.setItems(project.milestones());
        indicators.setItems(project.indicators());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }
}
