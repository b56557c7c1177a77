package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.FindConsortiumQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One joint innovation consortium: what it is for, its live membership board, and its history. Invitations, answers,
 * applications and decisions made anywhere (any node) appear within a second; other people's changes raise a notice.
 * The buttons offered follow the person's role and organization; the aggregate decides (ADR 011).
 *
 * @see <a href="../../../../../../../../../docs/decisions/011-joint-innovation-consortia.md">ADR 011</a>
 */
@Route(ConsortiumDetailNavigation.ROUTE + "/:consortiumId")
@PermitAll
public class ConsortiumDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final LiveLink live;
    /** Correlation ids of commands sent from this screen: their events raise no notice here. */
    private final Set<String> own = new HashSet<>();

    private ConsortiumId consortiumId;
    private ConsortiumView shown;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div facts = new Div();
    private final Paragraph milestone = new Paragraph();
    private final Paragraph aims = new Paragraph();
    private final UnorderedList platforms = new UnorderedList();
    private ConsortiumActions actions;
    private MembershipBoard board;
    private HistoryPanel history;

    public ConsortiumDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                                CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("consortium-detail");
        title.setId("consortium-name");
        status.setId("consortium-status");
        facts.setId("consortium-facts");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        milestone.setId("consortium-milestone");
        aims.setId("consortium-aims");
        aims.getStyle().set("white-space", "pre-wrap");
        live = LiveLink.whileAttached(this, ui -> consortiumId == null ? null
                : liveFeed.subscribe(consortiumId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ConsortiumId> id = event.getRouteParameters().get("consortiumId").flatMap(ConsortiumDetailView::parse);
        Optional<ConsortiumView> found = id.flatMap(i -> queries.optional(new FindConsortiumQuery(i),
                ConsortiumView.class));
        removeAll();
        if (found.isEmpty()) {
            consortiumId = null;
            Paragraph notFound = new Paragraph(getTranslation("consortium.detail.notFound"));
            notFound.setId("consortium-not-found");
            add(notFound);
        } else {
            consortiumId = id.get();
            build(found.get());
        }
        // Vaadin reuses this view when only the id changes: follow the new consortium (or none).
        getUI().ifPresent(live::reopen);
    }

    private static Optional<ConsortiumId> parse(String text) {
        try {
            return Optional.of(ConsortiumId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build(ConsortiumView consortium) {
        actions = new ConsortiumActions(this::send);
        board = new MembershipBoard(member -> actions.rowActions(member));
        history = new HistoryPanel(queries, consortiumId.toString());
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (ReplayNavigation.mayOpen(actor, consortium.clusterId())) {
            heading.add(replayLink(consortiumId));
        }
        VerticalLayout overview = new VerticalLayout(new H4(getTranslation("consortium.detail.aims")), aims,
                new H4(getTranslation("consortium.detail.platforms")), platforms);
        overview.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("consortium-tabs");
        tabs.add(getTranslation("consortium.tab.board"), board).setId("tab-board");
        tabs.add(getTranslation("consortium.tab.overview"), overview).setId("tab-overview");
        tabs.add(getTranslation("consortium.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        add(heading, facts, milestone, actions, tabs);
        setFlexGrow(1, tabs);
        render(consortium);
    }

    private void render(ConsortiumView consortium) {
        shown = consortium;
        title.setText(consortium.name());
        status.setText(getTranslation("consortium.status." + consortium.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + switch (consortium.status()) {
            case FORMING -> "contrast";
            case FOUNDED, REGISTERED -> "success";
            case DISSOLVED -> "error";
        });
        String keywords = String.join(Texts.listSeparator(), consortium.keywords());
        facts.setText(getTranslation("consortium.detail.facts", consortium.clusterName(),
                getTranslation("consortium.area." + consortium.area().name()),
                keywords.isEmpty() ? "—" : keywords, consortium.leadOrganization(),
                Texts.dateTime(this, consortium.proposedAt())));
        milestone.setText(milestoneText(consortium));
        aims.setText(consortium.aims());
        platforms.removeAll();
        consortium.platforms().forEach(p -> platforms.add(new ListItem(p)));
        actions.show(new Permissions(actor, consortium));
        board.show(consortium);
    }

    private String milestoneText(ConsortiumView c) {
        if (c.status() == ConsortiumStatus.DISSOLVED) {
            return getTranslation("consortium.detail.dissolved", Texts.dateTime(this, c.dissolvedAt()),
                    c.dissolutionReason());
        }
        if (c.status() == ConsortiumStatus.REGISTERED) {
            return getTranslation("consortium.detail.registered", c.registrationNumber(),
                    Texts.dateTime(this, c.registeredAt()));
        }
        if (c.status() == ConsortiumStatus.FOUNDED) {
            return getTranslation("consortium.detail.founded", Texts.dateTime(this, c.foundedAt()));
        }
        return getTranslation("consortium.detail.forming");
    }

    /** Sends a command from this screen; on success shows the result at once (the live event follows anyway). */
    private boolean send(Object command, BiConsumer<String, String> fieldErrors) {
        Optional<String> sent = commands.send(this, command, fieldErrors);
        sent.ifPresent(correlationId -> {
            own.add(correlationId);
            CommandSender.success(this, getTranslation("consortium.done"));
            queries.optional(new FindConsortiumQuery(consortiumId, shown.version() + 1), ConsortiumView.class)
                    .filter(fresh -> fresh.version() > shown.version())
                    .ifPresent(fresh -> {
                        render(fresh);
                        history.refresh();
                    });
        });
        return sent.isPresent();
    }

    private void onLiveEvent(UI ui, LiveEvent event) {
        ConsortiumId following = consortiumId;
        if (following == null || !following.toString().equals(event.aggregateId())) {
            return;
        }
        // On the live feed's thread: the query may wait for the read model without holding the session lock.
        Optional<ConsortiumView> fresh = queries.optional(new FindConsortiumQuery(following, event.sequenceNumber()),
                ConsortiumView.class);
        try {
            ui.access(() -> {
                if (!following.equals(consortiumId)) {
                    return;
                }
                fresh.filter(f -> shown == null || f.version() >= shown.version()).ifPresent(this::render);
                history.refresh();
                if (!own.contains(event.metadata().get(MetaDataKeys.CORRELATION_ID))) {
                    LiveNotice.show(this, event);
                }
            });
        } catch (UIDetachedException closed) {
            // The screen went away while the consortium was being read; its subscription is being closed.
        }
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : shown.name() + " · ") + "ClusterHub";
    }

    /** The replay of this record's history (ADR 017), for those who may open it. */
    private Anchor replayLink(Object id) {
        Anchor replay = new Anchor(ReplayNavigation.path(id), getTranslation("replay.open"));
        replay.setId("replay-link");
        return replay;
    }
}
