package org.clusterhub.ui.zone.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.zone.directory.ZoneDirectoryNavigation;
import org.clusterhub.zone.api.FindZoneMonitoringQuery;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneMonitoringView;

/**
 * One pilot or demonstration zone: overview (aims, key tasks, quantified targets), creation status, indicator
 * monitoring, task list, the clusters of its city, and history. The supervisor and the coordinator of the zone's
 * city revise aims and set targets here; the coordinator reports values and keeps the task list, a supervisor
 * questions and accepts values and records the creation steps. Changes made anywhere appear within a second, with
 * a notice saying who changed what.
 */
@Route(ZoneDetailNavigation.ROUTE + "/:zoneId")
@PermitAll
public class ZoneDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final LiveFeed liveFeed;
    private final Optional<Actor> actor;
    /** Correlation ids of the commands sent from this screen: their events need no "someone changed" notice. */
    private final Set<String> ownCommands = ConcurrentHashMap.newKeySet();

    private ZoneId zoneId;
    private ZoneDetails details;
    private ZoneMonitoringView monitoring;
    private final ZoneCreationTabs creationTabs;
    private final H2 title = new H2();
    private final Span kindBadge = new Span();
    private final ZoneOverview overview = new ZoneOverview();
    private final HorizontalLayout actions = new HorizontalLayout();
    private HistoryPanel history;
    private final LiveLink live;

    public ZoneDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.liveFeed = liveFeed;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("zone-detail");
        title.setId("zone-title");
        kindBadge.setId("zone-kind-badge");
        actions.setId("zone-actions");
        creationTabs = new ZoneCreationTabs(this, queries, commands, actor, this::sentFromTabs);
        live = LiveLink.whileAttached(this, ui -> zoneId == null ? null
                : liveFeed.subscribe(zoneId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ZoneId> id = event.getRouteParameters().get("zoneId").flatMap(ZoneDetailView::parse);
        Optional<ZoneDetails> found = id.flatMap(i -> queries.optional(new FindZoneQuery(i), ZoneDetails.class));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("zone.detail.notFound"));
            event.forwardTo(ZoneDirectoryNavigation.ROUTE);
            return;
        }
        zoneId = id.get();
        details = found.get();
        monitoring = queries.optional(new FindZoneMonitoringQuery(zoneId, details.version()), ZoneMonitoringView.class)
                .orElse(null);
        build();
        // Vaadin reuses this view when only the id changes: follow the new zone.
        getUI().ifPresent(live::reopen);
    }

    private static Optional<ZoneId> parse(String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build() {
        removeAll();
        history = new HistoryPanel(queries, zoneId.toString());
        VerticalLayout overviewTab = new VerticalLayout(actions, overview);
        overviewTab.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("zone.detail.tab.overview"), overviewTab).setId("tab-overview");
        if (monitoring != null) {
            tabs.add(getTranslation("zone.detail.tab.creation"), creationTabs.creation).setId("tab-creation");
            tabs.add(getTranslation("zone.detail.tab.indicators"), creationTabs.indicators).setId("tab-indicators");
            tabs.add(getTranslation("zone.detail.tab.tasks"), creationTabs.tasks).setId("tab-tasks");
            tabs.add(getTranslation("zone.detail.tab.clusters"), creationTabs.clusters).setId("tab-clusters");
        }
        tabs.add(getTranslation("zone.detail.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, kindBadge);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.map(a -> ReplayNavigation.mayOpen(a, null)).orElse(false)) {
            heading.add(replayLink(zoneId));
        }
        add(heading, tabs);
        setFlexGrow(1, tabs);
        render();
    }

    private void render() {
        title.setText(Texts.english() && details.nameEn() != null ? details.nameEn() : details.nameZh());
        kindBadge.setText(Texts.enumValue(this, "zone.kind", details.kind()));
        kindBadge.getElement().getThemeList().clear();
        kindBadge.getElement().getThemeList().add("badge " + (details.kind() == ZoneKind.PILOT ? "success" : "contrast"));
        overview.show(details);
        renderActions();
        if (monitoring != null) {
            creationTabs.show(details, monitoring);
        }
    }

    /**
     * Offers the actions to whom the commands' access requirement admits (supervisor, or the coordinator of the
     * zone's city); the command bus checks it again, and the aggregate checks the city.
     */
    private boolean mayEdit() {
        return actor.map(a -> a.satisfies(AccessRequirement.of(null, details.city(), Role.CITY_COORDINATOR)))
                .orElse(false);
    }

    private void renderActions() {
        actions.removeAll();
        if (!mayEdit()) {
            return;
        }
        Button revise = new Button(getTranslation("zone.action.reviseAims"), VaadinIcon.EDIT.create(),
                click -> openReviseAims());
        revise.setId("action-revise-aims");
        Button targets = new Button(getTranslation("zone.action.setTargets"), VaadinIcon.BULLSEYE.create(),
                click -> openSetTargets());
        targets.setId("action-set-targets");
        actions.add(revise, targets);
    }

    private void openReviseAims() {
        ReviseAimsDialog dialog = new ReviseAimsDialog(details);
        dialog.addSaveListener(save -> {
            ZoneDetails current = details;
            ReviseZoneAimsCommand command = new ReviseZoneAimsCommand(zoneId, current.city(),
                    dialog.aimsZh.getValue(), dialog.aimsEn.getValue(), dialog.keyTaskLines(),
                    dialog.reason.getValue(), current.version());
            sent(commands.send(this, command, dialog::showFieldError), current, dialog::close,
                    "zone.action.aimsRevised");
        });
        dialog.open();
    }

    private void openSetTargets() {
        SetTargetsDialog dialog = new SetTargetsDialog(details.targets());
        dialog.addSaveListener(save -> {
            ZoneDetails current = details;
            SetZoneTargetsCommand command = new SetZoneTargetsCommand(zoneId, current.city(), dialog.targets(),
                    dialog.reason.getValue(), current.version());
            sent(commands.send(this, command, dialog::showFieldError), current, dialog::close,
                    "zone.action.targetsSet");
        });
        dialog.open();
    }

    private void sent(Optional<String> correlation, ZoneDetails before, Runnable close, String successKey) {
        correlation.ifPresent(id -> {
            ownCommands.add(id);
            close.run();
            CommandSender.success(this, getTranslation(successKey));
            refresh(before.version() + 1);
        });
    }

    /** A command sent from the creation, indicator or task tabs was stored. */
    private void sentFromTabs(String correlation) {
        ownCommands.add(correlation);
        CommandSender.success(this, getTranslation("zone.action.saved"));
        refresh(Math.max(details.version(), monitoring == null ? -1 : monitoring.version()) + 1);
    }

    /** Re-reads the zone, waiting until the read models have at least {@code version}. */
    private void refresh(long version) {
        Optional<ZoneMonitoringView> freshMonitoring = queries.optional(new FindZoneMonitoringQuery(zoneId, version),
                ZoneMonitoringView.class);
        queries.optional(new FindZoneQuery(zoneId, version), ZoneDetails.class)
                .ifPresent(fresh -> show(fresh, freshMonitoring));
        history.refresh();
    }

    private void show(ZoneDetails fresh, Optional<ZoneMonitoringView> freshMonitoring) {
        boolean newer = fresh.version() >= details.version();
        if (newer) {
            details = fresh;
        }
        freshMonitoring.filter(m -> monitoring == null || m.version() >= monitoring.version())
                .ifPresent(m -> monitoring = m);
        render();
    }


    /** Runs on a live-feed thread: waits for the read model off the UI, then changes the screen inside access. */
    private void onLiveEvent(UI ui, LiveEvent event) {
        Optional<ZoneDetails> fresh = queries.optional(new FindZoneQuery(zoneId, event.sequenceNumber()),
                ZoneDetails.class);
        Optional<ZoneMonitoringView> freshMonitoring = queries.optional(
                new FindZoneMonitoringQuery(zoneId, event.sequenceNumber()), ZoneMonitoringView.class);
        String correlation = event.metadata().getOrDefault(MetaDataKeys.CORRELATION_ID, "");
        ui.access(() -> {
            fresh.ifPresent(f -> show(f, freshMonitoring));
            history.refresh();
            // Checked under the session lock: a command sent from this screen has recorded its id by now.
            if (!ownCommands.contains(correlation)) {
                notice(event);
            }
        });
    }

    private void notice(LiveEvent event) {
        LiveNotice.show(this, event);
    }


    @Override
    public String getPageTitle() {
        if (details == null) {
            return "ClusterHub";
        }
        return (Texts.english() && details.nameEn() != null ? details.nameEn() : details.nameZh()) + " · ClusterHub";
    }

    /** The replay of this record's history (ADR 017), for those who may open it. */
    private Anchor replayLink(Object id) {
        Anchor replay = new Anchor(ReplayNavigation.path(id), getTranslation("replay.open"));
        replay.setId("replay-link");
        return replay;
    }
}
