package org.clusterhub.ui.operations.readmodels;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.clusterhub.operations.api.FindReadModelRebuildsQuery;
import org.clusterhub.operations.api.FindReadModelsQuery;
import org.clusterhub.operations.api.ReadModelOverview;
import org.clusterhub.operations.api.ReadModelRebuildPage;
import org.clusterhub.operations.api.ReadModelRebuildView;
import org.clusterhub.operations.api.ReadModelState;
import org.clusterhub.operations.api.RebuildProgress;
import org.clusterhub.operations.api.StartReadModelRebuildCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * Read models and their rebuilds, for supervisors (ADR 019): every read model with how far it has read the event
 * store, a rebuild button (confirmed first), the running rebuild's progress bar with events done of the total, rate
 * and time left, live over push while the page is open, and the history of rebuilds, paged on the server.
 */
@Route(ReadModelsNavigation.ROUTE)
@PermitAll
public class ReadModelsView extends VerticalLayout implements HasDynamicTitle {

    private final QueryGateway gateway;
    private final Queries queries;
    private final CommandSender commands;
    private final Grid<ReadModelState> readModels = new Grid<>();
    private final Grid<ReadModelRebuildView> history = new Grid<>();
    private final Span head = new Span();
    private final boolean supervisor;
    private Set<String> rebuilding = Set.of();
    private SubscriptionQueryResult<ReadModelOverview, ReadModelOverview> live;

    public ReadModelsView(QueryGateway gateway, Queries queries, CommandSender commands, CurrentActor currentActor) {
        this.gateway = gateway;
        this.queries = queries;
        this.commands = commands;
        Actor actor = currentActor.require();
        supervisor = actor.isSupervisor();
        add(new H2(getTranslation("operations.readModels.title")));
        if (!supervisor) {
            Paragraph refused = new Paragraph(getTranslation("operations.readModels.supervisorsOnly"));
            refused.setId("read-models-refused");
            add(refused);
            return;
        }
        setSizeFull();
        add(new Paragraph(getTranslation("operations.readModels.intro")));
        head.setId("read-models-head");

        readModels.setId("read-models");
        readModels.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        readModels.setAllRowsVisible(true);
        readModels.addComponentColumn(this::name).setKey("processor")
                .setHeader(getTranslation("operations.readModels.column.processor")).setFlexGrow(2);
        readModels.addColumn(state -> state.position() < 0 ? getTranslation("operations.readModels.unknownPosition")
                        : String.format(Texts.locale(), "%,d", state.position())).setKey("position")
                .setHeader(getTranslation("operations.readModels.column.position")).setFlexGrow(0).setWidth("9rem");
        readModels.addColumn(state -> state.lag() < 0 ? getTranslation("operations.readModels.unknownPosition")
                        : String.format(Texts.locale(), "%,d", state.lag())).setKey("lag")
                .setHeader(getTranslation("operations.readModels.column.lag")).setFlexGrow(0).setWidth("8rem");
        readModels.addComponentColumn(this::state).setKey("state")
                .setHeader(getTranslation("operations.readModels.column.state")).setFlexGrow(3);
        readModels.addComponentColumn(this::action).setKey("action")
                .setHeader(getTranslation("operations.readModels.column.action")).setFlexGrow(0).setWidth("8rem");

        history.setId("read-model-rebuilds");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(run -> processorLabel(run.processor())).setKey("processor")
                .setHeader(getTranslation("operations.readModels.history.processor"));
        history.addColumn(ReadModelRebuildView::requestedBy).setKey("requestedBy")
                .setHeader(getTranslation("operations.readModels.history.requestedBy"));
        history.addColumn(run -> Texts.dateTime(this, run.startedAt())).setKey("startedAt")
                .setHeader(getTranslation("operations.readModels.history.startedAt"));
        history.addColumn(run -> getTranslation("operations.readModels.status." + run.status())).setKey("status")
                .setHeader(getTranslation("operations.readModels.history.status"));
        history.addColumn(run -> String.format(Texts.locale(), "%,d", run.events())).setKey("events")
                .setHeader(getTranslation("operations.readModels.history.events"));
        history.addColumn(run -> run.millis() == 0 ? "" : String.format(Texts.locale(), "%.1f", run.millis() / 1000.0))
                .setKey("duration").setHeader(getTranslation("operations.readModels.history.duration"));
        history.addColumn(run -> run.eventsPerSecond() == 0 ? ""
                        : String.format(Texts.locale(), "%,.0f", run.eventsPerSecond())).setKey("rate")
                .setHeader(getTranslation("operations.readModels.history.rate"));
        history.addColumn(run -> Objects.toString(run.reason(), "")).setKey("reason")
                .setHeader(getTranslation("operations.readModels.history.reason")).setFlexGrow(2);
        history.setItems(fetch -> page(fetch.getOffset(), fetch.getLimit()).items().stream(),
                count -> (int) page(0, 1).total());

        add(head, readModels, new H3(getTranslation("operations.readModels.history.title")), history);
        setFlexGrow(1, history);
        show(queries.one(new FindReadModelsQuery(), ReadModelOverview.class));
    }

    private ReadModelRebuildPage page(int offset, int limit) {
        return queries.one(new FindReadModelRebuildsQuery(null, offset, limit), ReadModelRebuildPage.class);
    }

    private Component name(ReadModelState state) {
        Div name = new Div(new Span(processorLabel(state.processor())));
        Span technical = new Span(" " + state.processor());
        technical.addClassName("mono");
        technical.getStyle().set("color", "var(--lumo-secondary-text-color)");
        name.add(technical);
        return name;
    }

    private String processorLabel(String processor) {
        String key = "operations.processor." + processor;
        String label = getTranslation(key);
        return label.startsWith("!") || label.equals(key) ? processor : label;
    }

    private Component state(ReadModelState state) {
        RebuildProgress rebuild = state.rebuild();
        if (rebuild == null) {
            Span text = new Span(getTranslation(state.running() ? "operations.readModels.state.live"
                    : "operations.readModels.state.paused"));
            text.setId("read-model-state-" + state.processor());
            return text;
        }
        ProgressBar bar = new ProgressBar(0, 1, rebuild.eventsTotal() == 0 ? 0
                : Math.min(1.0, (double) rebuild.eventsDone() / rebuild.eventsTotal()));
        bar.setId("read-model-progress-" + state.processor());
        String eta = rebuild.etaSeconds() < 0 ? getTranslation("operations.readModels.eta.unknown")
                : getTranslation("operations.readModels.eta.seconds", rebuild.etaSeconds());
        Span text = new Span(getTranslation("operations.readModels.state.rebuilding") + " · "
                + getTranslation("operations.readModels.phase." + rebuild.phase()) + " · "
                + getTranslation("operations.readModels.progress", rebuild.eventsDone(), rebuild.eventsTotal(),
                Math.round(rebuild.eventsPerSecond()), eta));
        text.setId("read-model-progress-text-" + state.processor());
        VerticalLayout cell = new VerticalLayout(bar, text);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Component action(ReadModelState state) {
        Button rebuild = new Button(getTranslation("operations.readModels.rebuild"), click -> confirm(state));
        rebuild.setId("rebuild-" + state.processor());
        rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rebuild.setEnabled(state.rebuildable() && state.rebuild() == null);
        if (!state.rebuildable()) {
            rebuild.setTooltipText(getTranslation(state.notRebuildableReason()));
        }
        return rebuild;
    }

    private void confirm(ReadModelState state) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rebuild-confirm");
        dialog.setHeader(getTranslation("operations.readModels.confirm.header", processorLabel(state.processor())));
        dialog.setText(getTranslation("operations.readModels.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("operations.readModels.confirm.cancel"));
        dialog.setConfirmText(getTranslation("operations.readModels.confirm.ok"));
        dialog.addConfirmListener(yes -> start(state.processor()));
        dialog.open();
    }

    private void start(String processor) {
        commands.send(this, StartReadModelRebuildCommand.of(processor), null).ifPresent(sent -> {
            Notification.show(getTranslation("operations.readModels.started", processorLabel(processor)));
            show(queries.one(new FindReadModelsQuery(), ReadModelOverview.class));
            history.getDataProvider().refreshAll();
        });
    }

    private void show(ReadModelOverview overview) {
        head.setText(getTranslation("operations.readModels.head", overview.headPosition()));
        readModels.setItems(overview.readModels());
        Set<String> now = overview.readModels().stream().filter(state -> state.rebuild() != null)
                .map(ReadModelState::processor).collect(Collectors.toSet());
        Set<String> ended = new HashSet<>(rebuilding);
        ended.removeAll(now);
        if (!ended.isEmpty() || !now.equals(rebuilding)) {
            history.getDataProvider().refreshAll();
        }
        rebuilding = now;
    }

    /** Follows this node's rebuilds while the page is open: each update reaches the screen by push. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!supervisor) {
            return;
        }
        UI ui = attachEvent.getUI();
        live = gateway.subscriptionQuery(new FindReadModelsQuery(),
                ResponseTypes.instanceOf(ReadModelOverview.class), ResponseTypes.instanceOf(ReadModelOverview.class));
        live.updates().subscribe(overview -> ui.access(() -> show(overview)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.close();
            live = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.readModels.title") + " · ClusterHub";
    }
}
