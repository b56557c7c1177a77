package org.clusterhub.ui.challenge.results;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.clusterhub.challenge.api.FindFirstOfAKindResultsQuery;
import org.clusterhub.challenge.api.FirstOfAKindResults;
import org.clusterhub.challenge.api.FirstOfAKindView;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.ui.challenge.detail.ChallengeDetailNavigation;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * A cluster's first-of-a-kind results (首台套装备, 首批次新材料, 首版次软件) from its accepted challenges, for the cluster's
 * page. A row opens the challenge it came from.
 */
public class FirstOfAKindPanel extends VerticalLayout {

    private final Queries queries;
    private final ClusterId clusterId;
    private final Grid<FirstOfAKindView> grid = new Grid<>();
    private final Span count = new Span();

    public FirstOfAKindPanel(Queries queries, ClusterId clusterId) {
        this.queries = queries;
        this.clusterId = clusterId;
        setPadding(false);
        setSizeFull();
        grid.setId("first-of-a-kind-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Texts.enumValue(this, "challenge.firstOfAKind", r.kind()))
                .setHeader(getTranslation("challenge.firstOfAKind.kind")).setFlexGrow(1);
        grid.addColumn(FirstOfAKindView::productName).setHeader(getTranslation("challenge.firstOfAKind.product"))
                .setFlexGrow(2);
        grid.addColumn(FirstOfAKindView::organization).setHeader(getTranslation("challenge.column.bidder"))
                .setFlexGrow(2);
        grid.addColumn(FirstOfAKindView::challengeTitle).setHeader(getTranslation("challenge.column.title"))
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.dateTime(this, r.registeredAt()))
                .setHeader(getTranslation("challenge.firstOfAKind.registeredAt")).setWidth("11em").setFlexGrow(0);
        grid.addItemClickListener(click -> ChallengeDetailNavigation.open(click.getItem().challengeId()));
        count.setId("first-of-a-kind-count");
        add(count, grid);
        refresh();
    }

    public final void refresh() {
        FirstOfAKindResults results = queries.one(new FindFirstOfAKindResultsQuery(clusterId),
                FirstOfAKindResults.class);
        grid.setItems(results.items());
        count.setText(getTranslation("challenge.firstOfAKind.count", results.items().size()));
    }
}
