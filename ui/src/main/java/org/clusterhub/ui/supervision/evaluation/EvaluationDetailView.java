package org.clusterhub.ui.supervision.evaluation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.supervision.api.EvaluationId;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.FinalizeEvaluationCommand;
import org.clusterhub.supervision.api.FindEvaluationQuery;
import org.clusterhub.supervision.api.FindOrganizationActivityQuery;
import org.clusterhub.supervision.api.IndicatorFigure;
import org.clusterhub.supervision.api.IndicatorScore;
import org.clusterhub.supervision.api.OrganizationActivity;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.change.ActivityChangeNavigation;
import org.clusterhub.ui.supervision.evaluations.EvaluationListNavigation;
import org.clusterhub.ui.supervision.facts.IndicatorFactsDialog;
import org.clusterhub.ui.supervision.facts.IndicatorTexts;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One yearly evaluation of a promotion organization: its indicators computed from the platform's events (each figure
 * and each part of a breakdown opens the events behind it), the organization's self-assessment, the province's scores
 * and comments (for supervisors until finalized), the result with its recorded figures and any corrections, and the
 * evaluation's history. The actions offered follow the person and the step; the aggregate remains the rule. Changes
 * by others arrive live.
 */
@Route(EvaluationNavigation.ROUTE)
@PermitAll
@StyleSheet("context://styles/evaluation.css")
public class EvaluationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final LiveLink live;
    /** Correlation ids of this screen's own commands: their events need no notice. */
    private final Set<String> ownCommands = new HashSet<>();
    private EvaluationId evaluationId;
    private EvaluationView evaluation;
    private HistoryPanel history;
    private final VerticalLayout body = new VerticalLayout();
    private String title = "";
    /** Each indicator's figure as the page shows it, for the self-assessment form. */
    private final Map<EvaluationIndicator, String> shownFigures = new java.util.EnumMap<>(EvaluationIndicator.class);

    public EvaluationDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                                CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("evaluation-page");
        live = LiveLink.whileAttached(this, ui -> evaluationId == null ? null
                : liveFeed.subscribe(evaluationId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<EvaluationId> id = event.getRouteParameters().get("evaluationId").flatMap(EvaluationDetailView::parse);
        Optional<EvaluationView> found = id.flatMap(i -> queries.optional(new FindEvaluationQuery(i, actor),
                EvaluationView.class));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("evaluation.page.notFound"));
            event.forwardTo(EvaluationListNavigation.ROUTE);
            return;
        }
        evaluationId = id.get();
        removeAll();
        body.setPadding(false);
        body.setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("evaluation-tabs");
        // Fills what the header leaves, and no more: one scroll area, the tab's.
        tabs.setWidthFull();
        tabs.getStyle().set("min-height", "0");
        history = new HistoryPanel(queries, evaluationId.toString());
        tabs.add(getTranslation("evaluation.page.tab.indicators"), body);
        tabs.add(getTranslation("evaluation.page.tab.history"), history);
        show(found.get());
        add(tabs);
        setFlexGrow(1, tabs);
        getUI().ifPresent(live::reopen);
    }

    private static Optional<EvaluationId> parse(String text) {
        try {
            return Optional.of(EvaluationId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Redraws the page from one state of the evaluation. */
    void show(EvaluationView view) {
        evaluation = view;
        String cluster = Texts.english() && view.clusterNameEn() != null ? view.clusterNameEn() : view.clusterNameZh();
        title = getTranslation("evaluation.page.title", String.valueOf(view.year()), Objects.toString(cluster, ""));
        body.removeAll();
        if (getComponentCount() > 0 && getComponentAt(0) instanceof HorizontalLayout) {
            remove(getComponentAt(0));
        }
        addComponentAsFirst(header(view, title));
        body.add(meta(view), indicators(view), overall(view));
    }

    private HorizontalLayout header(EvaluationView view, String heading) {
        H2 h2 = new H2(heading);
        h2.setId("evaluation-title");
        h2.getStyle().set("margin", "0");
        Span status = new Span(getTranslation("evaluation.status." + view.status().name()));
        status.setId("evaluation-status-badge");
        status.getElement().getThemeList().add("badge" + (view.status() == EvaluationStatus.FINALIZED ? " success"
                : ""));
        HorizontalLayout header = new HorizontalLayout(h2, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        header.add(actions(view).toArray(Button[]::new));
        return header;
    }

    /** The steps a person may take now; the aggregate refuses the others anyway. */
    private List<Button> actions(EvaluationView view) {
        List<Button> buttons = new ArrayList<>();
        boolean staff = actor.isStaffOf(view.clusterId().toString());
        if (staff && (view.status() == EvaluationStatus.OPEN || view.status() == EvaluationStatus.SELF_ASSESSED)) {
            buttons.add(button("self-assess", "evaluation.action.selfAssess", VaadinIcon.EDIT, true,
                    () -> new SelfAssessmentDialog(view.evaluationId(), view.selfAssessment(), shownFigures,
                            (command, dialog) ->
                            sent(command, dialog::showFieldError, "evaluation.self.done")).open()));
        }
        if (actor.isSupervisor()) {
            boolean dueOver = LocalDate.now(EvaluationPeriod.SHANGHAI).isAfter(view.selfAssessmentDue());
            if (view.status() == EvaluationStatus.SELF_ASSESSED || view.status() == EvaluationStatus.SCORED
                    || (view.status() == EvaluationStatus.OPEN && dueOver)) {
                buttons.add(button("score-evaluation", "evaluation.action.score", VaadinIcon.STAR_O,
                        view.status() != EvaluationStatus.SCORED,
                        () -> new ScoreDialog(view.evaluationId(), view.scoring(), (command, dialog) ->
                                sent(command, dialog::showFieldError, "evaluation.score.done")).open()));
            }
            if (view.status() == EvaluationStatus.SCORED) {
                buttons.add(button("finalize-evaluation", "evaluation.action.finalize", VaadinIcon.CHECK_CIRCLE, true,
                        this::confirmFinalization));
            }
            if (view.status() == EvaluationStatus.FINALIZED) {
                buttons.add(button("correct-evaluation", "evaluation.action.correct", VaadinIcon.EDIT, false,
                        () -> new CorrectionDialog(view.evaluationId(), view.overallScore(), view.grade(),
                                (command, dialog) -> sent(command, dialog::showFieldError,
                                        "evaluation.correct.done")).open()));
            }
        }
        if (actor.isSupervisor() || staff) {
            buttons.add(button("evaluation-change", "evaluation.action.change", VaadinIcon.TRENDING_UP, false,
                    () -> getUI().ifPresent(ui -> ui.navigate(ActivityChangeNavigation.ROUTE, QueryParameters.simple(
                            ActivityChangeNavigation.parameters(view.clusterId(), view.year()))))));
        }
        return buttons;
    }

    private Button button(String id, String key, VaadinIcon icon, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Div meta(EvaluationView view) {
        Div meta = new Div();
        meta.setId("evaluation-meta");
        String organization = Texts.english() && view.promotionOrganizationEn() != null
                ? view.promotionOrganizationEn() : view.promotionOrganizationZh();
        meta.add(new Paragraph(getTranslation("evaluation.page.organization", Objects.toString(organization, ""))
                + "　" + getTranslation("evaluation.page.due", view.selfAssessmentDue().toString())));
        List<String> steps = new ArrayList<>();
        steps.add(step("evaluation.page.opened", view.opened()));
        if (view.selfAssessment() != null) {
            steps.add(getTranslation("evaluation.page.selfAssessed", view.selfAssessment().revision(),
                    view.selfAssessment().submitted().by(), Texts.dateTime(this, view.selfAssessment().submitted()
                            .at())));
        }
        if (view.scoring() != null) {
            steps.add(step("evaluation.page.scored", view.scoring().scored()));
        }
        if (view.result() != null) {
            steps.add(step("evaluation.page.finalized", view.result().finalized()));
        }
        Paragraph progress = new Paragraph(String.join(Texts.english() ? "; " : "；", steps));
        progress.setId("evaluation-steps");
        progress.addClassName("muted");
        meta.add(progress);
        return meta;
    }

    private String step(String key, EvaluationView.Step step) {
        return getTranslation(key, Objects.toString(step.by(), ""), Texts.dateTime(this, step.at()));
    }

    /** One line per indicator: its figure and breakdown (each opening its events), self-assessment, score. */
    private VerticalLayout indicators(EvaluationView view) {
        Instant asOf = view.result() == null ? null : view.result().figuresAsOf();
        Map<EvaluationIndicator, IndicatorFigure> figures = new java.util.EnumMap<>(EvaluationIndicator.class);
        if (view.result() != null) {
            view.result().figures().forEach(f -> figures.put(f.indicator(), f));
        } else {
            queries.one(new FindOrganizationActivityQuery(view.clusterId(), view.period(), null),
                    OrganizationActivity.class).figures().forEach(f -> figures.put(f.indicator(), f));
        }
        shownFigures.clear();
        figures.forEach((indicator, figure) -> shownFigures.put(indicator, IndicatorTexts.figure(this, figure)));
        Paragraph basis = new Paragraph(asOf == null
                ? getTranslation("evaluation.page.figuresNow", Texts.dateTime(this, Instant.now()))
                : getTranslation("evaluation.page.figuresAsOf", Texts.dateTime(this, asOf)));
        basis.setId("evaluation-figures-basis");
        basis.addClassName("muted");

        Grid<EvaluationIndicator> grid = new Grid<>();
        grid.setId("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> IndicatorTexts.name(this, i)).setHeader(getTranslation("evaluation.column.indicator"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(i -> figureButton(view, i, figures.get(i), asOf)).setKey("figure")
                .setHeader(getTranslation("evaluation.column.figure")).setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(i -> breakdown(view, figures.get(i), asOf)).setKey("breakdown")
                .setHeader(getTranslation("evaluation.column.breakdown")).setFlexGrow(2);
        grid.addColumn(i -> view.selfAssessment() == null ? "" : Objects.toString(view.selfAssessment().textFor(i),
                "")).setHeader(getTranslation("evaluation.column.selfAssessment")).setFlexGrow(3);
        if (view.scoring() != null) {
            grid.addColumn(i -> {
                IndicatorScore score = view.scoring().scoreFor(i);
                return score == null ? "" : String.valueOf(score.score());
            }).setHeader(getTranslation("evaluation.column.score")).setWidth("5rem").setFlexGrow(0);
            grid.addColumn(i -> {
                IndicatorScore score = view.scoring().scoreFor(i);
                return score == null || score.comment() == null ? "" : score.comment();
            }).setHeader(getTranslation("evaluation.column.comment")).setFlexGrow(2);
        }
        grid.setItems(EvaluationIndicator.values());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(basis, grid);
        section.setPadding(false);
        return section;
    }

    private Button figureButton(EvaluationView view, EvaluationIndicator indicator, IndicatorFigure figure,
                                Instant asOf) {
        Button button = new Button(figure == null ? "—" : IndicatorTexts.figure(this, figure));
        button.setId("figure-" + indicator.name());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(figure != null);
        button.addClickListener(click -> new IndicatorFactsDialog(queries, view.clusterId(), indicator, view.period(),
                asOf, null, null, view.result() == null || figure == null ? null : figure.count()).open());
        return button;
    }

    private Div breakdown(EvaluationView view, IndicatorFigure figure, Instant asOf) {
        Div parts = new Div();
        if (figure == null) {
            return parts;
        }
        figure.breakdown().forEach(part -> {
            Button button = new Button(IndicatorTexts.part(this, part) + " " + part.count());
            button.setId("part-" + figure.indicator().name() + "-" + part.breakdown().name() + "-" + part.key());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.getStyle().set("margin-right", "var(--lumo-space-s)");
            button.addClickListener(click -> new IndicatorFactsDialog(queries, view.clusterId(), figure.indicator(),
                    view.period(), asOf, part.breakdown(), part.key(), null).open());
            parts.add(button);
        });
        return parts;
    }

    private VerticalLayout overall(EvaluationView view) {
        VerticalLayout overall = new VerticalLayout();
        overall.setPadding(false);
        overall.add(new H4(getTranslation("evaluation.overall.self")));
        Paragraph self = new Paragraph(view.selfAssessment() == null ? getTranslation("evaluation.overall.noSelf")
                : view.selfAssessment().overall() + (view.selfAssessment().selfScore() == null ? ""
                        : "　" + getTranslation("evaluation.overall.selfScore", view.selfAssessment().selfScore())));
        self.setId("evaluation-self-overall");
        overall.add(self);
        if (view.scoring() != null) {
            overall.add(new H4(getTranslation("evaluation.overall.scoring")));
            Paragraph scoring = new Paragraph(getTranslation("evaluation.overall.score",
                    view.scoring().overallScore(), getTranslation("evaluation.grade." + view.scoring().grade().name()))
                    + (view.scoring().withoutSelfAssessment() ? getTranslation(
                            "evaluation.overall.withoutSelfAssessment") : "") + "　" + view.scoring().overallComment());
            scoring.setId("evaluation-scoring");
            overall.add(scoring);
        }
        if (view.result() != null) {
            overall.add(new H4(getTranslation("evaluation.result.title")));
            Paragraph result = new Paragraph(getTranslation("evaluation.result.line",
                    getTranslation("evaluation.grade." + view.grade().name()), view.overallScore()));
            result.setId("evaluation-result");
            result.addClassName("result");
            overall.add(result);
            for (EvaluationView.Correction correction : view.corrections()) {
                Paragraph line = new Paragraph(getTranslation("evaluation.result.correction",
                        Objects.toString(correction.corrected().by(), ""),
                        Texts.dateTime(this, correction.corrected().at()),
                        getTranslation("evaluation.grade." + correction.previousGrade().name()),
                        correction.previousScore(), getTranslation("evaluation.grade." + correction.grade().name()),
                        correction.overallScore(), correction.reason()));
                line.addClassName("evaluation-correction");
                overall.add(line);
            }
        }
        return overall;
    }

    private void confirmFinalization() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("finalize-confirm");
        confirm.setHeader(getTranslation("evaluation.action.finalize"));
        confirm.setText(getTranslation("evaluation.finalize.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("evaluation.action.finalize"));
        confirm.addConfirmListener(e -> {
            // Milliseconds: the read model keeps the instant to the millisecond, and the drill-down asks with it.
            Instant asOf = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            List<IndicatorFigure> figures = queries.one(new FindOrganizationActivityQuery(evaluation.clusterId(),
                    evaluation.period(), asOf), OrganizationActivity.class).figures();
            sent(new FinalizeEvaluationCommand(evaluationId, figures, asOf), null, "evaluation.finalize.done");
        });
        confirm.open();
    }

    /** Sends a step; on success shows the evaluation as it now is. Answers whether the command was accepted. */
    private boolean sent(Object command, java.util.function.BiConsumer<String, String> fieldErrors, String doneKey) {
        Optional<String> correlation = commands.send(this, command, fieldErrors);
        correlation.ifPresent(ownCommands::add);
        if (correlation.isEmpty()) {
            return false;
        }
        CommandSender.success(this, getTranslation(doneKey));
        refresh(evaluation.version() + 1);
        return true;
    }

    private void refresh(long atLeastVersion) {
        queries.optional(new FindEvaluationQuery(evaluationId, actor, atLeastVersion), EvaluationView.class)
                .ifPresent(this::show);
        history.refresh();
    }

    private void onLiveEvent(UI ui, LiveEvent event) {
        Optional<EvaluationView> fresh = queries.optional(new FindEvaluationQuery(evaluationId, actor,
                event.sequenceNumber()), EvaluationView.class);
        String correlation = event.metadata().getOrDefault(MetaDataKeys.CORRELATION_ID, "");
        ui.access(() -> {
            fresh.ifPresent(this::show);
            history.refresh();
            if (!ownCommands.contains(correlation)) {
                LiveNotice.show(this, event);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · ClusterHub";
    }
}
