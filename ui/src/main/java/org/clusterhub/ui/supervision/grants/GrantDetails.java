package org.clusterhub.ui.supervision.grants;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.clusterhub.shared.Role;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.subsidy.api.GrantState;
import org.clusterhub.subsidy.api.GrantView;
import org.clusterhub.supervision.api.HistoryEntry;
import org.clusterhub.subsidy.api.TrancheState;
import org.clusterhub.subsidy.api.TrancheView;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One grant as its readers see it: recipient and purpose, the figures, each tranche with its condition and state
 * (and, for supervisors, the buttons that confirm a condition or record a payment), and the grant's own history read
 * from the programme's events in the store. Public because both the supervisor's programme page and everyone's
 * "my grants" show it; it only displays, and hands the buttons' clicks to the screen that owns it.
 */
public class GrantDetails extends VerticalLayout {

    /** What a supervisor's buttons on a tranche do; the screen sends the command. */
    public interface TrancheActions {
        void confirm(GrantView grant, TrancheView tranche);

        void pay(GrantView grant, TrancheView tranche);
    }

    private final Grid<TrancheView> tranches = new Grid<>();
    private final Grid<HistoryEntry> history = new Grid<>();
    private final Div facts = new Div();
    private final Span figures = new Span();
    private final Queries queries;
    private final TrancheActions actions;
    private GrantView shown;

    /** @param actions null for a reader: no buttons */
    public GrantDetails(Queries queries, TrancheActions actions) {
        this.queries = queries;
        this.actions = actions;
        setPadding(false);
        addClassName("grant-details");
        facts.setId("grant-facts");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        figures.setId("grant-figures");
        tranches.setId("tranche-grid");
        tranches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tranches.setAllRowsVisible(true);
        tranches.addColumn(TrancheView::number).setHeader("#").setWidth("3rem").setFlexGrow(0);
        tranches.addColumn(t -> wan(t.amount())).setHeader(getTranslation("subsidy.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        tranches.addColumn(t -> condition(this, t)).setHeader(getTranslation("subsidy.column.condition"))
                .setFlexGrow(3);
        tranches.addComponentColumn(this::stateBadge).setHeader(getTranslation("subsidy.column.state"))
                .setWidth("7rem").setFlexGrow(0);
        tranches.addColumn(this::progress).setHeader(getTranslation("subsidy.column.progress")).setFlexGrow(3);
        if (actions != null) {
            tranches.addComponentColumn(this::buttons).setKey("actions").setWidth("9rem").setFlexGrow(0);
        }
        history.setId("grant-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.addColumn(entry -> Texts.dateTime(this, entry.timestamp()))
                .setHeader(getTranslation("history.column.time")).setWidth("10rem").setFlexGrow(0);
        history.addColumn(entry -> EventDescriptions.title(this, entry.eventType()))
                .setHeader(getTranslation("history.column.event")).setWidth("9rem").setFlexGrow(0);
        history.addColumn(entry -> EventDescriptions.summary(this, entry.eventType(), entry.payload()))
                .setHeader(getTranslation("history.column.details")).setFlexGrow(3);
        history.addColumn(this::who).setHeader(getTranslation("history.column.who")).setFlexGrow(1);
        add(facts, figures, new H4(getTranslation("subsidy.grant.tranches")), tranches,
                new H4(getTranslation("subsidy.grant.history")), history);
    }

    /** Shows a grant (again, after a change); its history is read from the event store each time. */
    public void show(GrantView grant) {
        shown = grant;
        facts.removeAll();
        facts.add(new Span(getTranslation("subsidy.grant.facts", grant.programmeName(), String.valueOf(grant.year()),
                recipient(this, grant), grant.purpose())));
        if (grant.projectId() != null) {
            Anchor project = new Anchor(ProjectDetailNavigation.path(grant.projectId()), grant.projectTitle());
            project.setId("grant-project-link");
            facts.add(new Span(" · "), project);
        }
        figures.setText(getTranslation("subsidy.grant.figures", wan(grant.amount()), wan(grant.paid()),
                wan(grant.payable()), getTranslation("subsidy.grantState." + grant.state().name())));
        tranches.setItems(grant.tranches());
        String id = grant.grantId().toString();
        AggregateHistory all = queries.one(new FindAggregateHistoryQuery(grant.programmeId().toString()),
                AggregateHistory.class);
        history.setItems(all.entries().stream().filter(entry -> id.equals(entry.payload().get("grantId")))
                .toList());
    }

    private Component buttons(TrancheView tranche) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (shown.state() == GrantState.WITHDRAWN) {
            return buttons;
        }
        if (tranche.state() == TrancheState.WAITING
                && tranche.condition() == org.clusterhub.subsidy.api.TrancheCondition.SUPERVISOR_CONFIRMATION) {
            Button confirm = new Button(getTranslation("subsidy.tranche.confirm"),
                    click -> actions.confirm(shown, tranche));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            confirm.setId("confirm-tranche-" + tranche.number());
            buttons.add(confirm);
        }
        if (tranche.state() == TrancheState.PAYABLE) {
            Button pay = new Button(getTranslation("subsidy.tranche.pay"), click -> actions.pay(shown, tranche));
            pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            pay.setId("pay-tranche-" + tranche.number());
            buttons.add(pay);
        }
        return buttons;
    }

    private Span stateBadge(TrancheView tranche) {
        Span badge = new Span(getTranslation("subsidy.trancheState." + tranche.state().name()));
        badge.getElement().getThemeList().add("badge small" + switch (tranche.state()) {
            case WAITING -> " contrast";
            case PAYABLE -> "";
            case PAID -> " success";
            case CANCELLED -> " error";
        });
        badge.addClassName("tranche-state");
        return badge;
    }

    private String progress(TrancheView tranche) {
        return switch (tranche.state()) {
            case WAITING, CANCELLED -> "";
            case PAYABLE -> getTranslation("subsidy.tranche.payableSince", Texts.dateTime(this, tranche.payableSince()))
                    + (tranche.evidence() == null ? "" : Texts.bracketed(tranche.evidence()));
            case PAID -> getTranslation("subsidy.tranche.paid", tranche.paidOn(), tranche.voucher());
        };
    }

    private String who(HistoryEntry entry) {
        String name = entry.displayName() != null ? entry.displayName() : entry.username();
        return entry.role() == null ? name : name + Texts.bracketed(Texts.role(this, Role.valueOf(entry.role())));
    }

    // ---- texts shared by the subsidy screens ----------------------------------------------------------------------

    /** An amount in 万元 as the province's forms write it: two decimals, no grouping. */
    public static String wan(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The tranche's condition in words, with the milestone's title or the supervisor's condition. */
    public static String condition(Component c, TrancheView tranche) {
        String text = c.getTranslation("subsidy.condition." + tranche.condition().name());
        String detail = tranche.milestoneTitle() != null ? tranche.milestoneTitle() : tranche.note();
        return detail == null ? text : text + Texts.bracketed(detail);
    }

    /** Who receives: the organization, its cluster and city. */
    public static String recipient(Component c, GrantView grant) {
        StringBuilder text = new StringBuilder(grant.organization());
        if (grant.clusterName() != null) {
            text.append(" · ").append(grant.clusterName());
        }
        if (grant.city() != null) {
            text.append(" · ").append(Texts.city(c, grant.city()));
        }
        return text.toString();
    }

    /** One line per grant for a list: each tranche's number and state, e.g. "1 已拨付 · 2 可拨付". */
    public static String trancheStates(Component c, GrantView grant) {
        List<TrancheView> live = grant.tranches().stream().filter(t -> t.state() != TrancheState.CANCELLED).toList();
        return live.stream().map(t -> t.number() + " " + c.getTranslation("subsidy.trancheState." + t.state().name()))
                .collect(Collectors.joining(" · "));
    }
}
