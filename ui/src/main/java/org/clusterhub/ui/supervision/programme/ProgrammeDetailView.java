package org.clusterhub.ui.supervision.programme;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.grants.GrantDetails;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One funding programme for supervisors: its figures (budget, committed, paid, remaining, payable now; 万元) with the
 * share of the budget committed, its grants with each tranche's state (filtered and paged on the server), each grant's
 * tranches and history, and the programme's history. Supervisors grant, revise, withdraw, confirm conditions, record
 * payments, change the budget and close the programme here; the programme decides (ADR 014). Changes made anywhere
 * (another supervisor, a project meeting a condition) show within a second, with a notice for other people's.
 *
 * @see <a href="../../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@Route(ProgrammeNavigation.ROUTE + "/:programmeId")
@PermitAll
public class ProgrammeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    private final LiveLink live;
    /** Correlation ids of commands sent from this screen: their events raise no notice here. */
    private final Set<String> own = new HashSet<>();

    private FundingProgrammeId programmeId;
    private FundingProgrammeView shown;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div facts = new Div();
    private final Span figures = new Span();
    private final ProgressBar committedShare = new ProgressBar();
    private final Span committedShareText = new Span();
    private final Grid<GrantView> grants = new Grid<>();
    private final Select<GrantState> grantState = new Select<>();
    private final TextField grantText = new TextField();
    private final Span grantTotals = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private CallbackDataProvider<GrantView, Void> grantData;
    private HistoryPanel history;
    private Dialog grantDialog;
    private GrantDetails grantDetails;
    private GrantView openGrant;

    public ProgrammeDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                               CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("programme-detail");
        title.setId("programme-name");
        status.setId("programme-status");
        facts.setId("programme-facts");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        figures.setId("programme-figures");
        committedShare.setId("programme-committed-share");
        live = LiveLink.whileAttached(this, ui -> programmeId == null ? null
                : liveFeed.subscribe(programmeId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<FundingProgrammeId> id = event.getRouteParameters().get("programmeId")
                .flatMap(ProgrammeDetailView::parse);
        Optional<FundingProgrammeView> found = actor.isSupervisor() ? id.flatMap(i -> queries.optional(
                new FindFundingProgrammeQuery(i), FundingProgrammeView.class)) : Optional.empty();
        removeAll();
        if (found.isEmpty()) {
            programmeId = null;
            Paragraph notFound = new Paragraph(getTranslation("subsidy.detail.notFound"));
            notFound.setId("programme-not-found");
            add(notFound);
        } else {
            programmeId = id.get();
            build(found.get());
        }
        getUI().ifPresent(live::reopen);
    }

    private static Optional<FundingProgrammeId> parse(String text) {
        try {
            return Optional.of(FundingProgrammeId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build(FundingProgrammeView programme) {
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        committedShare.setWidth("24rem");
        committedShareText.setId("programme-committed-text");
        HorizontalLayout share = new HorizontalLayout(committedShareText, committedShare);
        share.setAlignItems(FlexComponent.Alignment.CENTER);
        // The tabs take the rest of the height; without this the bar shrinks to nothing.
        share.getStyle().set("flex-shrink", "0");
        actions.removeAll();
        actions.setId("programme-actions");
        Button award = new Button(getTranslation("subsidy.award.button"), VaadinIcon.PLUS.create(),
                click -> openAwardDialog());
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.setId("award-grant");
        Button budget = new Button(getTranslation("subsidy.budget.button"), click -> openBudgetDialog());
        budget.setId("revise-budget");
        Button close = new Button(getTranslation("subsidy.close.button"), click -> openCloseDialog());
        close.setId("close-programme");
        actions.add(award, budget, close);

        grantData = DataProvider.fromCallbacks(this::fetchGrants, query -> countGrants());
        configureGrants();
        HorizontalLayout grantFilters = new HorizontalLayout(grantText, grantState, grantTotals);
        grantFilters.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout grantTab = new VerticalLayout(grantFilters, grants);
        grantTab.setPadding(false);
        grantTab.setSizeFull();
        grantTab.setFlexGrow(1, grants);
        history = new HistoryPanel(queries, programmeId.toString());
        TabSheet tabs = new TabSheet();
        tabs.setId("programme-tabs");
        tabs.add(getTranslation("subsidy.tab.grants"), grantTab).setId("tab-grants");
        tabs.add(getTranslation("subsidy.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        add(heading, facts, figures, share, actions, tabs);
        setFlexGrow(1, tabs);
        render(programme);
    }

    private void configureGrants() {
        grants.setId("grant-grid");
        grants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grants.setPageSize(PAGE_SIZE);
        grants.addColumn(g -> GrantDetails.recipient(this, g)).setHeader(getTranslation("subsidy.column.recipient"))
                .setWidth("14rem").setFlexGrow(3).setTooltipGenerator(g -> GrantDetails.recipient(this, g));
        grants.addColumn(g -> g.projectTitle() == null ? "" : g.projectTitle())
                .setHeader(getTranslation("subsidy.column.project")).setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(g -> g.projectTitle() == null ? "" : g.projectTitle());
        grants.addColumn(g -> GrantDetails.wan(g.amount())).setHeader(getTranslation("subsidy.column.granted"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grants.addColumn(g -> GrantDetails.wan(g.paid())).setHeader(getTranslation("subsidy.column.paid"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grants.addColumn(g -> GrantDetails.wan(g.payable())).setHeader(getTranslation("subsidy.column.payable"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grants.addColumn(g -> GrantDetails.trancheStates(this, g)).setHeader(getTranslation("subsidy.column.tranches"))
                .setWidth("14rem").setFlexGrow(2).setTooltipGenerator(g -> GrantDetails.trancheStates(this, g));
        grants.addColumn(g -> getTranslation("subsidy.grantState." + g.state().name()))
                .setHeader(getTranslation("subsidy.column.state")).setWidth("6rem").setFlexGrow(0);
        grants.setItems(grantData);
        grants.addItemClickListener(click -> openGrant(click.getItem()));
        grantText.setPlaceholder(getTranslation("subsidy.filter.grantText"));
        grantText.setClearButtonVisible(true);
        grantText.setPrefixComponent(VaadinIcon.SEARCH.create());
        grantText.setValueChangeMode(ValueChangeMode.LAZY);
        grantText.setId("grant-search");
        grantText.setWidth("18rem");
        grantState.setItems(GrantState.values());
        grantState.setEmptySelectionAllowed(true);
        grantState.setEmptySelectionCaption(getTranslation("subsidy.filter.allGrantStates"));
        grantState.setItemLabelGenerator(s -> s == null ? getTranslation("subsidy.filter.allGrantStates")
                : getTranslation("subsidy.grantState." + s.name()));
        grantState.setId("grant-state-filter");
        grantTotals.setId("grant-totals");
        grantText.addValueChangeListener(e -> grantData.refreshAll());
        grantState.addValueChangeListener(e -> grantData.refreshAll());
    }

    private void render(FundingProgrammeView programme) {
        shown = programme;
        title.setText(programme.name());
        status.setText(getTranslation("subsidy.status." + programme.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + (programme.status() == ProgrammeStatus.OPEN ? "success"
                : "contrast"));
        facts.setText(getTranslation("subsidy.detail.facts", String.valueOf(programme.year()),
                getTranslation("subsidy.kind." + programme.kind().name()),
                programme.description() == null ? "—" : programme.description(),
                Texts.dateTime(this, programme.definedAt()))
                + (programme.closedAt() == null ? "" : " · " + getTranslation("subsidy.detail.closed",
                Texts.dateTime(this, programme.closedAt()), programme.closingReason())));
        figures.setText(getTranslation("subsidy.detail.figures", GrantDetails.wan(programme.budget()),
                GrantDetails.wan(programme.committed()), GrantDetails.wan(programme.paid()),
                GrantDetails.wan(programme.remaining()), GrantDetails.wan(programme.payable())));
        double committedPart = share(programme.committed(), programme.budget());
        committedShare.setValue(committedPart);
        committedShareText.setText(getTranslation("subsidy.detail.committedShare",
                String.valueOf(Math.round(committedPart * 100))));
        actions.setVisible(programme.status() == ProgrammeStatus.OPEN);
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return 0;
        }
        return Math.min(1, part.divide(whole, 4, RoundingMode.HALF_UP).doubleValue());
    }

    private Stream<GrantView> fetchGrants(Query<GrantView, Void> query) {
        return queries.one(new FindGrantsQuery(grantFilter(), actor, query.getOffset(), Math.max(1, query.getLimit())),
                GrantPage.class).items().stream();
    }

    private int countGrants() {
        GrantPage first = queries.one(new FindGrantsQuery(grantFilter(), actor, 0, 1), GrantPage.class);
        grantTotals.setText(getTranslation("subsidy.detail.grantTotals", first.total(),
                GrantDetails.wan(first.granted()), GrantDetails.wan(first.paid())));
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    private GrantFilter grantFilter() {
        return new GrantFilter(programmeId, null, null, null, null, null, grantState.getValue(), grantText.getValue());
    }

    // ---- commands --------------------------------------------------------------------------------------------------

    /**
     * Sends a command from this screen. A lost append race (another node changed the programme first) is sent again
     * and the programme decides afresh; its rules never conflict as edits do, so no conflict dialog is needed.
     */
    private boolean send(Object command, BiConsumer<String, String> fieldErrors) {
        Optional<String> sent = commands.sendEdit(this, command, fieldErrors,
                conflict -> CommandSender.error(this, getTranslation("common.error.conflict")));
        sent.ifPresent(correlationId -> {
            own.add(correlationId);
            CommandSender.success(this, getTranslation("subsidy.done"));
            refreshAll(FindFundingProgrammeQuery.LATEST);
        });
        return sent.isPresent();
    }

    /**
     * Reads the programme (waiting until the read model has {@code atLeast}, or all the store has:
     * {@link FindFundingProgrammeQuery#LATEST}), its grants, history and the open grant.
     */
    private void refreshAll(long atLeast) {
        queries.optional(new FindFundingProgrammeQuery(programmeId, atLeast), FundingProgrammeView.class)
                .ifPresent(this::render);
        grantData.refreshAll();
        history.refresh();
        if (grantDialog != null && grantDialog.isOpened()) {
            queries.optional(new FindGrantQuery(openGrant.grantId(), actor), GrantView.class).ifPresent(fresh -> {
                openGrant = fresh;
                grantDetails.show(fresh);
            });
        }
    }

    private void openAwardDialog() {
        List<ClusterSummary> clusters = queries.one(new FindClustersQuery(null, null, null, true, 0, 500),
                ClusterPage.class).items().stream()
                .sorted(Comparator.comparing(c -> c.planNumber() == null ? Integer.MAX_VALUE : c.planNumber()))
                .toList();
        new AwardGrantDialog(shown, queries, clusters, (command, dialog) -> send(command, dialog::showFieldError))
                .open();
    }

    private void openBudgetDialog() {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.budget.title", GrantDetails.wan(shown.budget()),
                GrantDetails.wan(shown.committed())), "budget-dialog", "subsidy.budget.save");
        BigDecimalField budget = dialog.field("budget", new BigDecimalField(getTranslation("subsidy.field.budget")));
        budget.setValue(shown.budget());
        budget.setId("budget-amount");
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("common.reason")));
        reason.setId("budget-reason");
        dialog.onSave(() -> send(new ReviseProgrammeBudgetCommand(programmeId, budget.getValue(), reason.getValue()),
                dialog::showFieldError));
        dialog.open();
    }

    private void openCloseDialog() {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.close.title", shown.name()), "close-dialog",
                "subsidy.close.save");
        dialog.add(new Paragraph(getTranslation("subsidy.close.explain", GrantDetails.wan(shown.budget()),
                GrantDetails.wan(shown.paid()))));
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("common.reason")));
        reason.setId("close-reason");
        dialog.onSave(() -> send(new CloseFundingProgrammeCommand(programmeId, reason.getValue()),
                dialog::showFieldError));
        dialog.open();
    }

    private void openGrant(GrantView grant) {
        openGrant = grant;
        grantDetails = new GrantDetails(queries, new GrantDetails.TrancheActions() {
            @Override
            public void confirm(GrantView g, TrancheView tranche) {
                openConfirmDialog(g, tranche);
            }

            @Override
            public void pay(GrantView g, TrancheView tranche) {
                openPaymentDialog(g, tranche);
            }
        });
        grantDetails.show(grant);
        grantDialog = new Dialog(grantDetails);
        grantDialog.setHeaderTitle(getTranslation("subsidy.grant.title", grant.organization()));
        grantDialog.setId("grant-dialog");
        grantDialog.setWidth("min(64rem, 96vw)");
        Button revise = new Button(getTranslation("subsidy.revise.button"), click -> openReviseDialog(openGrant));
        revise.setId("revise-grant");
        Button withdraw = new Button(getTranslation("subsidy.withdraw.button"),
                click -> openWithdrawDialog(openGrant));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw-grant");
        boolean changeable = shown.status() == ProgrammeStatus.OPEN && grant.state() != GrantState.WITHDRAWN;
        revise.setVisible(changeable);
        withdraw.setVisible(changeable && grant.state() == GrantState.ACTIVE);
        grantDialog.getFooter().add(withdraw, revise, new Button(getTranslation("subsidy.close"),
                click -> grantDialog.close()));
        grantDialog.open();
    }

    private void openReviseDialog(GrantView grant) {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.revise.title", grant.organization(),
                GrantDetails.wan(grant.paid())), "revise-dialog", "subsidy.revise.save");
        BigDecimalField amount = dialog.field("amount", new BigDecimalField(getTranslation("subsidy.field.amount")));
        amount.setValue(grant.amount());
        amount.setId("revise-amount");
        TrancheRows unpaid = new TrancheRows("revise");
        SubsidyProject project = grant.projectId() == null ? null : queries.optional(
                new FindSubsidyProjectQuery(grant.projectId()), SubsidyProject.class).orElse(null);
        unpaid.recipient(grant.recipientKind() == RecipientKind.PROJECT, project == null ? List.of()
                : project.milestones());
        grant.tranches().stream().filter(t -> t.state() == TrancheState.WAITING || t.state() == TrancheState.PAYABLE)
                .forEach(t -> unpaid.addRow(new TranchePlan(t.amount(), t.condition(), t.milestoneId(), t.note())));
        dialog.wide(unpaid, unpaid::showFieldError);
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("common.reason")));
        reason.setId("revise-reason");
        dialog.onSave(() -> {
            unpaid.clearErrors();
            return send(new ReviseGrantCommand(programmeId, grant.grantId(), amount.getValue(), unpaid.value(),
                    reason.getValue()), (field, message) -> dialog.showFieldError(
                    field.replace("unpaidTranches", "tranches"), message));
        });
        dialog.setWidth("min(58rem, 96vw)");
        dialog.open();
    }

    private void openWithdrawDialog(GrantView grant) {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.withdraw.title", grant.organization()),
                "withdraw-dialog", "subsidy.withdraw.save");
        dialog.add(new Paragraph(getTranslation("subsidy.withdraw.explain", GrantDetails.wan(grant.paid()),
                GrantDetails.wan(grant.amount().subtract(grant.paid())))));
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("common.reason")));
        reason.setId("withdraw-reason");
        dialog.onSave(() -> send(new WithdrawGrantCommand(programmeId, grant.grantId(), reason.getValue()),
                dialog::showFieldError));
        dialog.open();
    }

    private void openConfirmDialog(GrantView grant, TrancheView tranche) {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.confirm.title", tranche.number(),
                GrantDetails.condition(this, tranche)), "confirm-dialog", "subsidy.confirm.save");
        TextArea note = dialog.field("note", new TextArea(getTranslation("subsidy.field.confirmationNote")));
        note.setId("confirm-note");
        dialog.onSave(() -> send(new ConfirmTrancheConditionCommand(programmeId, grant.grantId(), tranche.number(),
                note.getValue()), dialog::showFieldError));
        dialog.open();
    }

    private void openPaymentDialog(GrantView grant, TrancheView tranche) {
        FormDialog dialog = new FormDialog(getTranslation("subsidy.pay.title", tranche.number(),
                GrantDetails.wan(tranche.amount()), grant.organization()), "payment-dialog", "subsidy.pay.save");
        DatePicker paidOn = dialog.field("paidOn", new DatePicker(getTranslation("subsidy.field.paidOn")));
        paidOn.setValue(LocalDate.now(Texts.SHANGHAI));
        paidOn.setId("payment-date");
        TextField voucher = dialog.field("voucher", new TextField(getTranslation("subsidy.field.voucher")));
        voucher.setId("payment-voucher");
        TextField note = dialog.field("note", new TextField(getTranslation("subsidy.field.paymentNote")));
        note.setId("payment-note");
        dialog.onSave(() -> send(new RecordTranchePaymentCommand(programmeId, grant.grantId(), tranche.number(),
                paidOn.getValue(), voucher.getValue(), note.getValue()), dialog::showFieldError));
        dialog.open();
    }

    // ---- live ------------------------------------------------------------------------------------------------------

    private void onLiveEvent(UI ui, LiveEvent event) {
        FundingProgrammeId following = programmeId;
        if (following == null || !following.toString().equals(event.aggregateId())) {
            return;
        }
        // On the live feed's thread: wait for the read model without holding the session lock.
        queries.optional(new FindFundingProgrammeQuery(following, event.sequenceNumber()), FundingProgrammeView.class);
        try {
            ui.access(() -> {
                if (!following.equals(programmeId)) {
                    return;
                }
                refreshAll(event.sequenceNumber());
                if (!own.contains(event.metadata().get(MetaDataKeys.CORRELATION_ID))) {
                    LiveNotice.show(this, event);
                }
            });
        } catch (UIDetachedException closed) {
            // The screen went away while the programme was being read.
        }
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : shown.name() + " · ") + "ClusterHub";
    }
}
