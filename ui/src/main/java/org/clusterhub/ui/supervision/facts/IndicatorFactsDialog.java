package org.clusterhub.ui.supervision.facts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.Instant;
import java.util.Objects;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.supervision.api.ActivityFact;
import org.clusterhub.supervision.api.ActivityFactPage;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.FactBreakdown;
import org.clusterhub.supervision.api.FindActivityFactsQuery;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * The drill-down of a figure: the stored events behind it, oldest first, paged on the server. Each line says when it
 * counts (Asia/Shanghai), which event it is (type, aggregate and sequence number), what it concerns, and who sent it;
 * the aggregate links to its page (and a project to its replay).
 */
public class IndicatorFactsDialog extends Dialog {

    static final int PAGE_SIZE = 50;

    private final Grid<ActivityFact> grid = new Grid<>();

    /**
     * @param asOf the moment the figure was computed for (a finalized evaluation's), null for now
     * @param recorded the figure as a finalized result recorded it, to compare with the events now; null for none
     */
    public IndicatorFactsDialog(Queries queries, ClusterId clusterId, EvaluationIndicator indicator,
                                EvaluationPeriod period, Instant asOf, FactBreakdown breakdown, String key,
                                Long recorded) {
        setId("indicator-facts");
        setWidth("min(1100px, 96vw)");
        setHeight("80vh");
        setResizable(true);
        String what = IndicatorTexts.name(this, indicator)
                + (breakdown == null ? "" : Texts.bracketed(IndicatorTexts.part(this, breakdown, key)));
        setHeaderTitle(getTranslation("evaluation.facts.title", what, IndicatorTexts.period(this, period)));

        CallbackDataProvider<ActivityFact, Void> data = DataProvider.fromCallbacks(
                query -> queries.one(new FindActivityFactsQuery(clusterId, indicator, period, asOf, breakdown, key,
                        query.getOffset(), Math.max(1, Math.min(500, query.getLimit()))), ActivityFactPage.class)
                        .items().stream(),
                query -> (int) queries.one(new FindActivityFactsQuery(clusterId, indicator, period, asOf, breakdown,
                        key, 0, 1), ActivityFactPage.class).total());
        long total = queries.one(new FindActivityFactsQuery(clusterId, indicator, period, asOf, breakdown, key, 0, 1),
                ActivityFactPage.class).total();
        Span count = new Span(asOf == null ? getTranslation("evaluation.facts.countNow", total)
                : getTranslation("evaluation.facts.count", total, Texts.dateTime(this, asOf)));
        count.setId("indicator-facts-count");
        Div top = new Div(count);
        if (recorded != null && recorded != total && breakdown == null) {
            Paragraph differs = new Paragraph(getTranslation("evaluation.facts.recordedDiffers", recorded, total));
            differs.setId("indicator-facts-differs");
            differs.addClassName("warning");
            top.add(differs);
        }

        grid.setId("indicator-facts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(f -> Texts.dateTime(this, f.occurredAt()) + (f.endedAt() == null ? ""
                        : " " + getTranslation("evaluation.facts.ended", Texts.dateTime(this, f.endedAt()))))
                .setHeader(getTranslation("evaluation.facts.column.time")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(f -> EventDescriptions.title(this, f.eventType()))
                .setHeader(getTranslation("evaluation.facts.column.event")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::subject).setHeader(getTranslation("evaluation.facts.column.subject"))
                .setFlexGrow(3);
        grid.addColumn(this::detail).setHeader(getTranslation("evaluation.facts.column.detail")).setFlexGrow(2);
        grid.addColumn(IndicatorFactsDialog::who)
                .setHeader(getTranslation("evaluation.facts.column.who")).setFlexGrow(2);
        grid.addColumn(f -> f.aggregateType() + " " + f.aggregateId().substring(0, 8) + " #" + f.sequenceNumber()
                        + " · " + Texts.dateTime(this, f.eventTime()))
                .setHeader(getTranslation("evaluation.facts.column.reference")).setWidth("17rem").setFlexGrow(0)
                .setClassNameGenerator(f -> "mono")
                .setTooltipGenerator(f -> f.aggregateId() + " #" + f.sequenceNumber());
        grid.setItems(data);
        grid.setSizeFull();

        // One scroll area, the grid's: the dialog holds the count and the grid, which takes the rest.
        VerticalLayout content = new VerticalLayout(top, grid);
        content.setPadding(false);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(content);
        Button close = new Button(getTranslation("evaluation.facts.close"), click -> close());
        close.setId("indicator-facts-close");
        getFooter().add(close);
    }

    /** The sender, and their organization unless their name says it already. */
    private static String who(ActivityFact fact) {
        String who = Objects.toString(fact.who(), "");
        return fact.whoOrganization() == null || who.contains(fact.whoOrganization()) ? who
                : who + Texts.bracketed(fact.whoOrganization());
    }

    private Div subject(ActivityFact fact) {
        Div cell = new Div();
        String name = fact.subject() != null ? fact.subject()
                : getTranslation("evaluation.facts.aggregate." + fact.aggregateType());
        String page = IndicatorTexts.pageOf(fact.aggregateType(), fact.aggregateId());
        cell.add(page == null ? new Span(name) : new Anchor(page, name));
        String replay = IndicatorTexts.replayOf(fact.aggregateType(), fact.aggregateId());
        if (replay != null) {
            cell.add(new Span(" · "), new Anchor(replay, getTranslation("evaluation.facts.replay")));
        }
        return cell;
    }

    private String detail(ActivityFact fact) {
        String detail = fact.detail() == null ? "" : IndicatorTexts.value(this, fact.detail());
        if (fact.kind() != null && fact.indicator() == EvaluationIndicator.MEMBER_ORGANIZATIONS) {
            detail += Texts.bracketed(IndicatorTexts.value(this, fact.kind()) + Texts.listSeparator()
                    + Texts.city(this, fact.city()));
        } else if (fact.kind() != null && (fact.indicator() == EvaluationIndicator.ACTIVITIES_HELD
                || fact.indicator() == EvaluationIndicator.MATCHMAKING_OUTCOMES
                || fact.indicator() == EvaluationIndicator.SUBSIDY_PAID)) {
            detail += (detail.isEmpty() ? "" : " ") + IndicatorTexts.value(this, fact.kind());
        }
        return detail;
    }
}
