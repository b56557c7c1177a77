package org.clusterhub.ui.cluster.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.cluster.api.RemoveMemberOrganizationCommand;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.challenge.results.FirstOfAKindPanel;
import org.clusterhub.ui.cluster.directory.ClusterDirectoryNavigation;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.zone.detail.ZoneDetailNavigation;
import org.clusterhub.zone.api.FindZonesQuery;
import org.clusterhub.zone.api.ZonePage;

/**
 * One cluster: overview, member organizations and history. Changes made anywhere (any node, any city) appear
 * within a second, with a notice saying who changed what.
 */
@Route(ClusterDetailNavigation.ROUTE + "/:clusterId")
@PermitAll
public class ClusterDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final LiveFeed liveFeed;
    private final Optional<Actor> actor;
    /** Correlation ids of the commands sent from this screen: their events need no "someone changed" notice. */
    private final Set<String> ownCommands = ConcurrentHashMap.newKeySet();

    private ClusterId clusterId;
    private ClusterDetails details;
    private final H2 title = new H2();
    private final Div badges = new Div();
    private final ClusterOverview overview = new ClusterOverview();
    private final Grid<MemberOrganizationView> members = new Grid<>();
    private final Span memberCount = new Span();
    private final HorizontalLayout memberActions = new HorizontalLayout();
    private final HorizontalLayout supervisorActions = new HorizontalLayout();
    private HistoryPanel history;
    private final LiveLink live;

    public ClusterDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.liveFeed = liveFeed;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("cluster-detail");
        title.setId("cluster-title");
        badges.addClassName("badges");
        members.setId("member-grid");
        members.addColumn(MemberOrganizationView::name).setHeader(getTranslation("cluster.member.name"))
                .setWidth("16rem").setFlexGrow(3);
        members.addColumn(m -> Texts.enumValue(this, "value", m.kind())).setHeader(getTranslation("cluster.member.kind"))
                .setWidth("8rem").setFlexGrow(1);
        members.addColumn(m -> Texts.city(this, m.city())).setHeader(getTranslation("cluster.member.city"))
                .setWidth("6rem").setFlexGrow(0);
        members.addColumn(m -> Texts.enumValue(this, "value", m.chainPosition()))
                .setHeader(getTranslation("cluster.member.chainPosition")).setWidth("7rem").setFlexGrow(0);
        members.addColumn(MemberOrganizationView::creditCode).setHeader(getTranslation("cluster.member.creditCode"))
                .setWidth("13rem").setFlexGrow(0).setClassNameGenerator(m -> "mono");
        members.addColumn(m -> Texts.dateTime(this, m.addedAt())).setHeader(getTranslation("cluster.member.addedAt"))
                .setWidth("11rem").setFlexGrow(0);
        members.addComponentColumn(this::removeButton).setFlexGrow(0).setWidth("8rem");
        memberCount.setId("member-count");
        live = LiveLink.whileAttached(this, ui -> clusterId == null ? null
                : liveFeed.subscribe(clusterId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClusterId> id = event.getRouteParameters().get("clusterId").flatMap(ClusterDetailView::parse);
        Optional<ClusterDetails> found = id.flatMap(i -> queries.optional(new FindClusterQuery(i), ClusterDetails.class));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("cluster.detail.notFound"));
            event.forwardTo(ClusterDirectoryNavigation.ROUTE);
            return;
        }
        clusterId = id.get();
        details = found.get();
        build();
        // Vaadin reuses this view when only the id changes: follow the new cluster.
        getUI().ifPresent(live::reopen);
    }

    private static Optional<ClusterId> parse(String text) {
        try {
            return Optional.of(ClusterId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build() {
        removeAll();
        history = new HistoryPanel(queries, clusterId.toString());
        VerticalLayout membersTab = new VerticalLayout(memberActions, members);
        membersTab.setPadding(false);
        membersTab.setSizeFull();
        VerticalLayout overviewTab = new VerticalLayout(supervisorActions, overview);
        overviewTab.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("cluster.detail.tab.overview"), overviewTab).setId("tab-overview");
        tabs.add(new Span(new Span(getTranslation("cluster.detail.tab.members") + " "), memberCount), membersTab)
                .setId("tab-members");
        tabs.add(getTranslation("cluster.detail.tab.history"), history).setId("tab-history");
        tabs.add(getTranslation("challenge.firstOfAKind.tab"), new FirstOfAKindPanel(queries, clusterId))
                .setId("tab-first-of-a-kind");
        tabs.setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.map(a -> ReplayNavigation.mayOpen(a, clusterId)).orElse(false)) {
            heading.add(replayLink(clusterId));
        }
        add(heading, tabs);
        setFlexGrow(1, tabs);
        render();
    }

    private void render() {
        boolean english = Texts.english();
        title.setText(english && details.nameEn() != null ? details.nameEn() : details.nameZh());
        badges.removeAll();
        badges.add(badge(Texts.enumValue(this, "value", details.level()), "level"));
        if (details.retired()) {
            badges.add(badge(getTranslation("cluster.detail.retired"), "retired"));
        }
        zoneOfCenterCity().ifPresent(badges::add);
        overview.show(details);
        members.setItems(details.members());
        memberCount.setText("(" + details.members().size() + ")");
        renderMemberActions();
        renderSupervisorActions();
    }

    /** A link to the pilot or demonstration zone of the cluster's (first) center city, when that city has one. */
    private Optional<Anchor> zoneOfCenterCity() {
        if (details.centerCities().isEmpty()) {
            return Optional.empty();
        }
        ZonePage zones = queries.one(new FindZonesQuery(null, details.centerCities().get(0), null, 0, 1),
                ZonePage.class);
        return zones.items().stream().findFirst().map(zone -> {
            Anchor link = new Anchor(ZoneDetailNavigation.location(zone.zoneId()), getTranslation(
                    "zone.cluster.zoneLink", Texts.english() && zone.nameEn() != null ? zone.nameEn() : zone.nameZh()));
            link.setId("cluster-zone-link");
            return link;
        });
    }

    private Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + ("retired".equals(kind) ? "error" : "success"));
        badge.addClassName("badge-" + kind);
        return badge;
    }

    private boolean mayManageMembers() {
        return !details.retired() && actor.map(a -> a.role() == Role.SUPERVISOR
                || a.role() == Role.CITY_COORDINATOR
                || a.satisfies(AccessRequirement.of(clusterId.toString(), null, Role.PROMOTION_STAFF))).orElse(false);
    }

    private void renderMemberActions() {
        memberActions.removeAll();
        if (mayManageMembers()) {
            Button add = new Button(getTranslation("cluster.member.add"), VaadinIcon.PLUS.create(),
                    click -> openMemberDialog());
            add.setId("add-member");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            memberActions.add(add);
        }
    }

    private Component removeButton(MemberOrganizationView member) {
        boolean allowed = mayManageMembers() && actor.map(a -> a.satisfies(AccessRequirement.of(clusterId.toString(),
                member.city(), Role.PROMOTION_STAFF, Role.CITY_COORDINATOR))).orElse(false);
        Button remove = new Button(getTranslation("cluster.member.remove"), VaadinIcon.TRASH.create(),
                click -> confirmRemoval(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(allowed);
        remove.addClassName("remove-member");
        return remove;
    }

    private void openMemberDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cluster.member.addTitle"));
        org.clusterhub.shared.City coordinatorCity = actor.filter(a -> a.role() == Role.CITY_COORDINATOR).map(Actor::city).orElse(null);
        MemberForm form = new MemberForm(coordinatorCity);
        form.addSaveListener(save -> {
            AddMemberOrganizationCommand command = new AddMemberOrganizationCommand(clusterId, form.name.getValue(),
                    form.kind.getValue(), form.city.getValue(), form.chainPosition.getValue(),
                    form.creditCode.getValue(), details.version());
            commands.send(this, command, form::showFieldError).ifPresent(correlation -> {
                ownCommands.add(correlation);
                dialog.close();
                CommandSender.success(this, getTranslation("cluster.member.added", command.name()));
                refresh(details.version() + 1);
            });
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), form.save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private void confirmRemoval(MemberOrganizationView member) {
        ReasonDialog.open(this, getTranslation("cluster.member.removeTitle", member.name()), false, reason -> {
            Optional<String> sent = commands.send(this, new RemoveMemberOrganizationCommand(clusterId,
                    member.organizationId(), member.city(), reason, details.version()), null);
            sent.ifPresent(correlation -> {
                ownCommands.add(correlation);
                refresh(details.version() + 1);
            });
            return sent.isPresent();
        });
    }

    private void renderSupervisorActions() {
        supervisorActions.removeAll();
        if (details.retired() || actor.map(a -> a.role() != Role.SUPERVISOR).orElse(true)) {
            return;
        }
        supervisorActions.add(SupervisorActions.buttons(this, () -> details, command ->
                commands.send(this, command, null).map(correlation -> {
                    ownCommands.add(correlation);
                    refresh(details.version() + 1);
                    return correlation;
                }).isPresent()).toArray(Button[]::new));
    }

    /** Re-reads the cluster, waiting until the read model has at least {@code version}. */
    private void refresh(long version) {
        queries.optional(new FindClusterQuery(clusterId, version), ClusterDetails.class).ifPresent(fresh -> {
            if (fresh.version() >= details.version()) {
                details = fresh;
                render();
                history.refresh();
            }
        });
    }


    private void onLiveEvent(UI ui, LiveEvent event) {
        Optional<ClusterDetails> fresh = queries.optional(new FindClusterQuery(clusterId, event.sequenceNumber()),
                ClusterDetails.class);
        ui.access(() -> {
            // Checked under the session lock: the click handler that sent the command has recorded its id by now.
            boolean own = ownCommands.contains(event.metadata().getOrDefault(MetaDataKeys.CORRELATION_ID, ""));
            fresh.filter(f -> f.version() >= details.version()).ifPresent(f -> {
                details = f;
                render();
            });
            history.refresh();
            if (!own) {
                notice(event);
            }
        });
    }

    private void notice(LiveEvent event) {
        LiveNotice.show(this, event);
    }


    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.nameZh() + " · ") + "ClusterHub";
    }

    List<MemberOrganizationView> shownMembers() {
        return details.members();
    }

    /** The replay of this record's history (ADR 017), for those who may open it. */
    private Anchor replayLink(Object id) {
        Anchor replay = new Anchor(ReplayNavigation.path(id), getTranslation("replay.open"));
        replay.setId("replay-link");
        return replay;
    }
}
