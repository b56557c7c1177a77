package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.clusterhub.activity.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.ui.activity.ActivityScope;
import org.clusterhub.ui.activity.ActivityTexts;
import org.clusterhub.ui.activity.calendar.ActivityCalendarNavigation;
import org.clusterhub.ui.activity.calendar.PlanActivityDialog;
import org.clusterhub.ui.activity.checkin.CheckInNavigation;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One activity: its details and actions, registrations (all for the organizers, one's own for a member, with the
 * QR code), the organizer's live dashboard, matchmaking for matchmaking activities, and the History. Every change,
 * made here or anywhere else on any node, reaches the screen within a second through the live feed.
 */
@Route(ActivityDetailNavigation.ROUTE + "/:activityId")
@PermitAll
public class ActivityDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Optional<Actor> actor;
    /** Correlation ids of the commands sent from this screen: their events need no "someone changed" notice. */
    private final Set<String> ownCommands = ConcurrentHashMap.newKeySet();
    private final LiveLink live;

    private ActivityView activity;
    private final H2 title = new H2();
    private final Span kindBadge = new Span();
    private final Span statusBadge = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout overview = new VerticalLayout();
    private final DashboardPanel dashboard = new DashboardPanel();
    private RegistrationsPanel registrations;
    private MatchmakingPanel matchmaking;
    private HistoryPanel history;

    public ActivityDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("activity-detail");
        title.setId("activity-title");
        kindBadge.setId("activity-kind");
        statusBadge.setId("activity-status");
        actions.setId("activity-actions");
        actions.setWrap(true);
        overview.setId("activity-overview");
        live = LiveLink.whileAttached(this, ui -> activity == null ? null
                : liveFeed.subscribe(activity.activityId().toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ActivityView> found = event.getRouteParameters().get("activityId").flatMap(this::parse)
                .flatMap(id -> queries.optional(new FindActivityQuery(id), ActivityView.class))
                .filter(a -> a.status() != ActivityStatus.PLANNED || ActivityScope.isOrganizer(actor, a));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("activity.detail.notFound"));
            event.forwardTo(ActivityCalendarNavigation.ROUTE);
            return;
        }
        activity = found.get();
        build();
        getUI().ifPresent(live::reopen);
    }

    private Optional<ActivityId> parse(String text) {
        try {
            return Optional.of(ActivityId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean organizer() {
        return ActivityScope.isOrganizer(actor, activity);
    }

    /** A member sees their organization's registrations; organizers every one. */
    private String registrationScope() {
        return organizer() ? null : ActivityScope.isMember(actor) ? actor.get().organization() : "\u0000nobody";
    }

    private void build() {
        removeAll();
        history = new HistoryPanel(queries, activity.activityId().toString());
        registrations = new RegistrationsPanel(queries, activity, registrationScope(), organizer(),
                new RegistrationsPanel.Actions() {
                    @Override
                    public void approve(RegistrationView r) {
                        send(new ApproveActivityRegistrationCommand(activity.activityId(), r.registrationId()), null);
                    }

                    @Override
                    public void reject(RegistrationView r) {
                        new TextPrompt(getTranslation("activity.action.reject"), getTranslation("common.reason"),
                                getTranslation("activity.action.reject"), p -> send(new RejectActivityRegistrationCommand(
                                        activity.activityId(), r.registrationId(), p.text.getValue()),
                                        p::showFieldError)).open();
                    }

                    @Override
                    public void cancel(RegistrationView r) {
                        send(new CancelActivityRegistrationCommand(activity.activityId(), r.registrationId()), null);
                    }

                    @Override
                    public void showQr(RegistrationView r) {
                        new QrDialog(r, activity.title()).open();
                    }
                });
        TabSheet tabs = new TabSheet();
        tabs.setId("activity-tabs");
        VerticalLayout overviewTab = new VerticalLayout(actions, overview);
        overviewTab.setPadding(false);
        tabs.add(getTranslation("activity.detail.tab.overview"), overviewTab).setId("tab-overview");
        if (organizer() || ActivityScope.isMember(actor)) {
            tabs.add(getTranslation("activity.detail.tab.registrations"), registrations).setId("tab-registrations");
        }
        if (organizer()) {
            tabs.add(getTranslation("activity.detail.tab.dashboard"), dashboard).setId("tab-dashboard");
        }
        if (activity.kind() == ActivityKind.MATCHMAKING && (organizer() || ActivityScope.isMember(actor))) {
            matchmaking = new MatchmakingPanel(queries, commands, activity, organizer(),
                    ActivityScope.isMember(actor) ? actor.get().organization() : null);
            tabs.add(getTranslation("activity.detail.tab.matchmaking"), matchmaking).setId("tab-matchmaking");
        } else {
            matchmaking = null;
        }
        tabs.add(getTranslation("activity.detail.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, kindBadge, statusBadge);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.map(a -> ReplayNavigation.mayOpen(a, activity.clusterId())).orElse(false)) {
            heading.add(replayLink(activity.activityId()));
        }
        add(heading, tabs);
        setFlexGrow(1, tabs);
        render();
    }

    private void render() {
        title.setText(activity.title());
        kindBadge.setText(Texts.enumValue(this, "activity.kind", activity.kind()));
        kindBadge.getElement().getThemeList().clear();
        kindBadge.getElement().getThemeList().add("badge");
        statusBadge.setText(Texts.enumValue(this, "activity.status", activity.status()));
        statusBadge.getElement().getThemeList().clear();
        statusBadge.getElement().getThemeList().add("badge " + switch (activity.status()) {
            case PLANNED -> "contrast";
            case PUBLISHED -> "success";
            case CANCELLED -> "error";
        });
        renderOverview();
        renderActions();
        dashboard.show(activity);
    }

    private void renderOverview() {
        overview.removeAll();
        overview.setPadding(false);
        overview.add(line("activity.field.when", ActivityTexts.when(this, activity.startsAt(), activity.endsAt())),
                line("activity.field.place", ActivityTexts.place(this, activity)),
                line("activity.field.cluster", ActivityTexts.cluster(activity.clusterNameZh(),
                        activity.clusterNameEn())),
                line("activity.field.seats", getTranslation("activity.detail.seats", activity.confirmed(),
                        activity.capacity(), activity.waiting(), activity.pending())),
                line("activity.field.registration", ActivityTexts.when(this, activity.registrationOpensAt(),
                        activity.registrationClosesAt())
                        + (activity.approvalRequired() ? Texts.bracketed(getTranslation("activity.detail.approval"))
                        : "")));
        if (!activity.coOrganizers().isEmpty()) {
            overview.add(line("activity.field.coOrganizers", activity.coOrganizers().stream()
                    .map(c -> c.name() + Texts.bracketed(Texts.enumValue(this, "activity.coOrganizer", c.kind())))
                    .collect(Collectors.joining(Texts.listSeparator()))));
        }
        if (activity.kind() == ActivityKind.MATCHMAKING) {
            overview.add(line("activity.field.meetingGrid", getTranslation("activity.meetings.grid",
                    activity.meetingTables(), activity.meetingSlotMinutes())));
        }
        if (activity.status() == ActivityStatus.CANCELLED) {
            Span reason = line("activity.field.cancelReason", activity.cancelReason());
            reason.setId("activity-cancel-reason");
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            overview.add(reason);
        }
        if (activity.description() != null) {
            overview.add(new Paragraph(activity.description()));
        }
    }

    private Span line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ActivityTexts.colon());
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span line = new Span(label, new Span(value == null ? "" : value));
        line.getStyle().set("display", "block");
        return line;
    }

    private void renderActions() {
        actions.removeAll();
        boolean over = !Instant.now().isBefore(activity.endsAt());
        boolean open = activity.status() != ActivityStatus.CANCELLED && !over;
        if (organizer() && open) {
            if (activity.status() == ActivityStatus.PLANNED) {
                actions.add(button("action-publish", "activity.action.publish", VaadinIcon.GLOBE, true,
                        () -> send(new PublishActivityCommand(activity.activityId()), null)));
            }
            actions.add(button("action-revise", "activity.action.revise", VaadinIcon.EDIT, false, this::openRevise));
            actions.add(button("action-cancel", "activity.action.cancel", VaadinIcon.BAN, false,
                    () -> new TextPrompt(getTranslation("activity.action.cancel"), getTranslation("common.reason"),
                            getTranslation("activity.action.cancel"),
                            p -> send(new CancelActivityCommand(activity.activityId(), p.text.getValue()),
                                    p::showFieldError)).open()));
            Anchor door = new Anchor(CheckInNavigation.location(activity.activityId()),
                    getTranslation("activity.action.openCheckIn"));
            door.setId("action-check-in");
            actions.add(door);
        }
        boolean registrable = activity.status() == ActivityStatus.PUBLISHED && !over
                && !Instant.now().isBefore(activity.registrationOpensAt())
                && Instant.now().isBefore(activity.registrationClosesAt());
        if (registrable && (ActivityScope.isMember(actor) || organizer())) {
            actions.add(button("action-register", activity.confirmed() + activity.pending() >= activity.capacity()
                    ? "activity.action.registerWaiting" : "activity.action.register", VaadinIcon.USER_CHECK,
                    !organizer(), this::openRegister));
        }
    }

    private Button button(String id, String key, VaadinIcon icon, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void openRevise() {
        PlanActivityDialog dialog = new PlanActivityDialog(java.util.List.of(), activity);
        dialog.addSaveListener(save -> {
            if (send(dialog.reviseCommand(), dialog::showFieldError)) {
                dialog.close();
            }
        });
        dialog.open();
    }

    private void openRegister() {
        new RegisterDialog(actor.orElseThrow(), d -> {
            RegistrationId registrationId = RegistrationId.create();
            boolean sent = send(new RegisterForActivityCommand(activity.activityId(), registrationId,
                    d.organization.getValue(), d.city.getValue(), d.attendeeName.getValue(),
                    d.attendeeContact.getValue()), d::showFieldError);
            if (sent) {
                queries.optional(new FindRegistrationQuery(registrationId, 0), RegistrationView.class)
                        .ifPresent(r -> {
                            String key = switch (r.status()) {
                                case WAITING -> "activity.register.waiting";
                                case PENDING_APPROVAL -> "activity.register.pending";
                                default -> "activity.register.confirmed";
                            };
                            CommandSender.success(this, getTranslation(key, r.waitingPosition()));
                            if (r.status() == RegistrationStatus.CONFIRMED) {
                                new QrDialog(r, activity.title()).open();
                            }
                        });
            }
            return sent;
        }).open();
    }

    /**
     * Sends one command of this screen. Registration and the other commands on a busy activity can lose the append
     * race to another node: the sender tries again, and the aggregate decides afresh.
     */
    private boolean send(Object command, java.util.function.BiConsumer<String, String> fieldErrors) {
        Optional<String> correlation = commands.sendEdit(this, command, fieldErrors, conflict -> { });
        correlation.ifPresent(id -> {
            ownCommands.add(id);
            refresh(activity.version() + 1);
        });
        return correlation.isPresent();
    }

    private void refresh(long atLeastVersion) {
        queries.optional(new FindActivityQuery(activity.activityId(), atLeastVersion), ActivityView.class)
                .ifPresent(this::show);
    }

    private void show(ActivityView fresh) {
        if (fresh.version() >= activity.version()) {
            activity = fresh;
            render();
            registrations.refresh();
            if (matchmaking != null) {
                matchmaking.refresh();
            }
            history.refresh();
        }
    }

    /** Runs on a live-feed thread: waits for the read model off the UI, then changes the screen inside access. */
    private void onLiveEvent(UI ui, LiveEvent event) {
        Optional<ActivityView> fresh = queries.optional(new FindActivityQuery(activity.activityId(),
                event.sequenceNumber()), ActivityView.class);
        String correlation = event.metadata().getOrDefault(MetaDataKeys.CORRELATION_ID, "");
        ui.access(() -> {
            fresh.ifPresent(this::show);
            if (!ownCommands.contains(correlation)) {
                LiveNotice.show(this, event);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return activity == null ? "ClusterHub" : activity.title() + " · ClusterHub";
    }

    /** The replay of this record's history (ADR 017), for those who may open it. */
    private Anchor replayLink(Object id) {
        Anchor replay = new Anchor(ReplayNavigation.path(id), getTranslation("replay.open"));
        replay.setId("replay-link");
        return replay;
    }
}
