package org.clusterhub.ui.supervision.provenance;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.FindProvenanceQuery;
import org.clusterhub.supervision.api.Provenance;
import org.clusterhub.supervision.api.ProvenanceBranch;
import org.clusterhub.supervision.api.ProvenanceLinkKind;
import org.clusterhub.supervision.api.ProvenanceNode;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.ui.supervision.correlation.CorrelationNavigation;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;

/**
 * Where an aggregate came from and what it led to (ADR 018): two indented trees, each step naming the aggregate
 * (linked to its replay, and to its own provenance), how it is linked (a meeting that led to a consortium, a bid, a
 * follow-up project, a grant, or one user action that changed both, linked to that action's events) and when.
 * Supervisors, and read-only the promotion staff of the aggregate's cluster; the opening is recorded first.
 */
@Route(ProvenanceNavigation.ROUTE)
@PermitAll
public class ProvenanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private String title = "";

    public ProvenanceView(Queries queries, CommandSender commands, CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Provenance> found = event.getRouteParameters().get("aggregateId").flatMap(ProvenanceView::parse)
                .flatMap(id -> queries.optional(new FindProvenanceQuery(id), Provenance.class))
                .filter(p -> p.root().mayBeOpenedBy(actor));
        if (found.isEmpty() || !record(found.get().root())) {
            Paragraph none = new Paragraph(getTranslation("provenance.notAllowed"));
            none.setId("provenance-not-found");
            add(none);
            return;
        }
        Provenance provenance = found.get();
        ProvenanceNode root = provenance.root();
        title = name(root);
        H2 heading = new H2(getTranslation("provenance.heading", title, kindLabel(root.aggregateType())));
        heading.setId("provenance-heading");
        heading.getStyle().set("margin", "0");
        Anchor replay = new Anchor(ReplayNavigation.path(root.aggregateId()), getTranslation("provenance.toReplay"));
        replay.setId("provenance-replay");
        HorizontalLayout top = new HorizontalLayout(heading, replay);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, new Paragraph(getTranslation("provenance.intro")));
        add(section("provenance-came-from", "provenance.cameFrom", "provenance.cameFrom.none", provenance.cameFrom(),
                true));
        add(section("provenance-led-to", "provenance.ledTo", "provenance.ledTo.none", provenance.ledTo(), false));
    }

    private Div section(String id, String headingKey, String noneKey, List<ProvenanceBranch> branches, boolean back) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        section.add(new H4(getTranslation(headingKey)));
        if (branches.isEmpty()) {
            section.add(new Paragraph(getTranslation(noneKey)));
        }
        branches.forEach(branch -> addBranch(section, branch, 0, back));
        return section;
    }

    /** One step, indented by its depth, then the steps further on. */
    private void addBranch(Div section, ProvenanceBranch branch, int depth, boolean back) {
        ProvenanceNode node = branch.node();
        Div line = new Div();
        line.addClassName("provenance-step");
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("margin-left", (depth * 2) + "rem")
                .set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)");
        Span arrow = new Span((back ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create());
        arrow.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "var(--lumo-space-xs)");
        Span link = new Span(getTranslation("provenance.link." + branch.link()));
        link.getElement().getThemeList().add("badge contrast");
        link.getStyle().set("margin-right", "var(--lumo-space-s)");
        String label = getTranslation("replay.related.link", kindLabel(node.aggregateType()), name(node));
        line.add(arrow, link);
        if (node.mayBeOpenedBy(actor)) {
            Anchor replay = new Anchor(ReplayNavigation.path(node.aggregateId()), label);
            replay.setId("provenance-node-" + node.aggregateId());
            Anchor further = new Anchor(ProvenanceNavigation.path(node.aggregateId()),
                    getTranslation("provenance.follow"));
            further.getStyle().set("margin-left", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
            line.add(replay, further);
        } else {
            Span name = new Span(label);
            name.setId("provenance-node-" + node.aggregateId());
            line.add(name);
        }
        Span when = new Span(" · " + Texts.dateTime(this, branch.at()) + detail(branch));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        line.add(when);
        if (branch.link() == ProvenanceLinkKind.SAME_ACTION && branch.detail() != null) {
            Anchor action = new Anchor(CorrelationNavigation.path(branch.detail()),
                    getTranslation("provenance.action"));
            action.getStyle().set("margin-left", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
            line.add(action);
        }
        section.add(line);
        branch.next().forEach(next -> addBranch(section, next, depth + 1, back));
    }

    private String detail(ProvenanceBranch branch) {
        if (branch.detail() == null || branch.link() == ProvenanceLinkKind.SAME_ACTION) {
            return "";
        }
        String shown = branch.detail().length() > 12 ? branch.detail().substring(0, 8) : branch.detail();
        return " · " + getTranslation("provenance.detail." + branch.link(), shown);
    }

    /** Records the opening in the viewer's log of the day; false (with a notice) when refused. */
    private boolean record(ProvenanceNode root) {
        LocalDate day = LocalDate.now(ReportingPeriod.SHANGHAI);
        return commands.send(this, new RecordReplayAccessCommand(AccessLogId.forPersonAndDay(actor.username(), day),
                day, root.aggregateId(), root.aggregateType(), root.name(), root.owningClusterId(),
                ReplayAccessAction.PROVENANCE_OPENED, null), null).isPresent();
    }

    private static String name(ProvenanceNode node) {
        return node.name() == null ? node.aggregateId().substring(0, 8) : node.name();
    }

    private String kindLabel(String type) {
        String text = getTranslation("replay.kind." + type);
        return text.startsWith("!") ? type : text;
    }

    private static Optional<String> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provenance.title", title) + " · ClusterHub";
    }
}
