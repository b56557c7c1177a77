package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.AttachmentStore;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Presence;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.project.actions.ImplementationPanel;
import org.clusterhub.ui.project.actions.OwnStepListener;
import org.clusterhub.ui.project.actions.ProjectActions;
import org.clusterhub.ui.project.actions.ReviewPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One project, co-edited live by people in several cities: each part (overview, aims, content, every budget line,
 * milestone and indicator) is edited on its own and saved against the version its author saw, so that people on
 * different parts never block each other and nobody is overwritten silently (ADR 006). Everyone who has the
 * project open is shown with the part they are editing; others' changes appear within a second.
 *
 * @see <a href="../../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
 */
@Route(ProjectDetailNavigation.ROUTE + "/:projectId")
@PermitAll
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        OwnStepListener {

    private final Queries queries;
    private final CommandSender commands;
    private final LiveFeed liveFeed;
    private final Presence presence;
    private final AttachmentStore attachments;
    private final Optional<Actor> actor;
    private final LiveLink live;
    private Presence.Handle presenceHandle;

    private ProjectId projectId;
    private EditSession session;
    private ProjectHeader header;
    private PresenceBar presenceBar;
    private final Span hint = new Span();
    /**
     * The lifecycle actions (submit, review, decide, publicity, implementation) of
     * {@code org.clusterhub.ui.project.actions}: their buttons go into this bar under the header, their panels into
     * {@link #tabs} between Documents and History (see {@link #build}); both follow {@link #render}.
     */
    private final HorizontalLayout actionBar = new HorizontalLayout();
    private TabSheet tabs;
    private List<ProjectTab> panels = List.of();
    private HistoryPanel history;
    private ProjectActions actions;
    private ReviewPanel review;
    private ImplementationPanel implementation;

    public ProjectDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed, Presence presence,
                             AttachmentStore attachments, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.liveFeed = liveFeed;
        this.presence = presence;
        this.attachments = attachments;
        this.actor = currentActor.get();
        setSizeFull();
        addClassName("project-detail");
        hint.setId("read-only-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        actionBar.setId("project-action-bar");
        live = LiveLink.whileAttached(this, ui -> projectId == null ? null
                : liveFeed.subscribe(projectId.toString(), event -> onLiveEvent(ui, event)));
        addAttachListener(attach -> joinPresence(attach.getUI()));
        addDetachListener(detach -> leavePresence());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProjectId> id = event.getRouteParameters().get("projectId").flatMap(ProjectDetailView::parse);
        // Someone outside the project's scope is told no more than for a wrong link.
        Optional<ProjectView> found = id.flatMap(i -> queries.optional(new FindProjectQuery(i), ProjectView.class))
                .filter(project -> actor.map(project::readableBy).orElse(project.status() == ProjectStatus.PUBLICITY));
        if (found.isEmpty()) {
            projectId = null;
            removeAll();
            Paragraph notFound = new Paragraph(getTranslation("project.editor.notFound"));
            notFound.setId("project-not-found");
            add(notFound);
        } else {
            projectId = id.get();
            build(found.get());
            showRequestedTab(event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null));
        }
        // Vaadin reuses this view when only the id changes: follow the new project (or none).
        getUI().ifPresent(ui -> {
            live.reopen(ui);
            joinPresence(ui);
        });
    }

    /**
     * Opens the tab named in the address ({@code ?tab=review}), so that a link from My work or a colleague lands where
     * the work is; the address follows the tab chosen afterwards, for the same reason. An unknown name opens the
     * overview.
     */
    private void showRequestedTab(String requested) {
        if (requested != null) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                Tab tab = tabs.getTabAt(i);
                if (tab.getId().filter(("tab-" + requested)::equals).isPresent()) {
                    tabs.setSelectedTab(tab);
                }
            }
        }
        tabs.addSelectedChangeListener(change -> change.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, ProjectDetailNavigation.location(projectId, change.getSelectedTab().getId()
                        .map(tabId -> tabId.substring("tab-".length())).orElse(null)))));
    }

    private static Optional<ProjectId> parse(String text) {
        try {
            return Optional.of(ProjectId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build(ProjectView project) {
        removeAll();
        session = new EditSession(this, commands, actor, this::refresh);
        session.show(project);
        header = new ProjectHeader();
        presenceBar = new PresenceBar(actor.map(Actor::userId).orElse(""));
        OverviewTab overview = new OverviewTab(session);
        ParticipantsTab participants = new ParticipantsTab(session);
        BudgetTab budget = new BudgetTab(session);
        MilestonesTab milestones = new MilestonesTab(session);
        IndicatorsTab indicators = new IndicatorsTab(session);
        DocumentsTab documents = new DocumentsTab(session, attachments);
        panels = List.of(overview, participants, budget, milestones, indicators, documents);
        history = new HistoryPanel(queries, projectId.toString());
        tabs = new TabSheet();
        tabs.setId("project-tabs");
        tabs.add(getTranslation("project.editor.tab.overview"), overview).setId("tab-overview");
        tabs.add(getTranslation("project.editor.tab.participants"), participants).setId("tab-participants");
        tabs.add(getTranslation("project.editor.tab.budget"), budget).setId("tab-budget");
        tabs.add(getTranslation("project.editor.tab.milestones"), milestones).setId("tab-milestones");
        tabs.add(getTranslation("project.editor.tab.indicators"), indicators).setId("tab-indicators");
        tabs.add(getTranslation("project.editor.tab.documents"), documents).setId("tab-documents");
        actionBar.removeAll();
        actions = null;
        actor.ifPresent(person -> {
            actions = new ProjectActions(commands, queries, person);
            review = new ReviewPanel(commands, person);
            implementation = new ImplementationPanel(commands, person);
            actionBar.add(actions);
            tabs.add(getTranslation("project.tab.review"), review).setId("tab-review");
            tabs.add(getTranslation("project.tab.implementation"), implementation).setId("tab-implementation");
        });
        tabs.add(getTranslation("project.editor.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        // Supervisors, and the cluster's own staff read-only, step through the project's past.
        if (actor.filter(a -> a.isSupervisor() || a.isStaffOf(project.clusterId().toString())).isPresent()) {
            Anchor replay = new Anchor(ProjectDetailNavigation.replayPath(projectId), getTranslation("replay.open"));
            replay.setId("project-replay");
            header.add(replay);
        }
        add(header, presenceBar, actionBar, hint, tabs);
        setFlexGrow(1, tabs);
        render(project);
    }

    /** Shows the project as it is now everywhere on the page; part editors keep what their person typed. */
    private void render(ProjectView project) {
        session.show(project);
        EditRights rights = session.rights();
        header.show(project);
        presenceBar.render(project);
        renderHint(project, rights);
        panels.forEach(panel -> panel.show(project, rights));
        if (actions != null) {
            actions.show(project);
            review.show(project);
            implementation.show(project);
        }
    }

    private void renderHint(ProjectView project, EditRights rights) {
        String text;
        if (!rights.editableState()) {
            text = getTranslation("project.editor.hint.status", Texts.enumValue(this, "project.status",
                    project.status()));
        } else if (!rights.hasAnyPart()) {
            text = getTranslation("project.editor.hint.viewer");
        } else if (!rights.staff()) {
            text = getTranslation("project.editor.hint.sections", EnumSet.copyOf(rights.sections()).stream()
                    .map(s -> Texts.enumValue(this, "project.section", s))
                    .collect(Collectors.joining(Texts.listSeparator())));
        } else {
            text = "";
        }
        hint.setText(text);
        hint.setVisible(!text.isEmpty());
    }

    /** Re-reads the project, waiting until the read model has at least {@code version}; never shows an older one. */
    private void refresh(long version) {
        queries.optional(new FindProjectQuery(projectId, version), ProjectView.class).ifPresent(fresh -> {
            if (fresh.version() >= session.project().version()) {
                render(fresh);
            }
        });
        history.refresh();
    }

    private void onLiveEvent(UI ui, LiveEvent event) {
        ProjectId following = projectId;
        if (following == null || !following.toString().equals(event.aggregateId())) {
            return;
        }
        // On the live feed's thread: the query may wait for the read model without holding the session lock.
        Optional<ProjectView> fresh = queries.optional(new FindProjectQuery(following, event.sequenceNumber()),
                ProjectView.class);
        try {
            ui.access(() -> applyLiveEvent(following, fresh, event));
        } catch (UIDetachedException closed) {
            // The screen went away while the project was being read; its subscription is being closed.
        }
    }

    private void applyLiveEvent(ProjectId following, Optional<ProjectView> fresh, LiveEvent event) {
        if (!following.equals(projectId)) {
            return;
        }
        // Checked under the session lock: the click that sent the command has recorded its id by now.
        boolean own = session.isOwn(event.metadata().get(MetaDataKeys.CORRELATION_ID));
        fresh.filter(f -> f.version() >= session.project().version()).ifPresent(this::render);
        history.refresh();
        if (!own) {
            LiveNotice.show(this, event);
        }
    }

    /** A lifecycle step taken on this screen (submit, recommend, ...): its events raise no notice here. */
    @Override
    public void ownStep(String correlationId) {
        if (session != null) {
            session.own(correlationId);
        }
    }

    private void joinPresence(UI ui) {
        leavePresence();
        if (projectId == null || actor.isEmpty()) {
            return;
        }
        presenceHandle = presence.join(projectId.toString(), actor.get(), present -> {
            try {
                ui.access(() -> {
                    if (presenceBar != null && session != null) {
                        presenceBar.show(present, session.project());
                    }
                });
            } catch (UIDetachedException closed) {
                // The screen went away between the change and this call; its handle is being closed.
            }
        });
        session.presence(presenceHandle);
    }

    private void leavePresence() {
        if (presenceHandle != null) {
            presenceHandle.close();
            presenceHandle = null;
        }
        if (session != null) {
            session.presence(null);
        }
    }

    @Override
    public String getPageTitle() {
        return (session == null || projectId == null ? "" : session.project().title() + " · ") + "ClusterHub";
    }
}
