package org.clusterhub.ui.challenge.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.clusterhub.challenge.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.challenge.list.ChallengeListNavigation;
import org.clusterhub.ui.history.HistoryPanel;
import org.clusterhub.ui.history.LiveNotice;
import org.clusterhub.ui.supervision.replay.ReplayNavigation;
import org.clusterhub.ui.supervision.provenance.ProvenanceNavigation;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOrigin;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.LiveLink;
import org.clusterhub.ui.support.Queries;
import org.clusterhub.ui.support.Texts;

/**
 * One 揭榜挂帅 challenge: the posting, the bids the viewer may read (their own always; the poster, the province and the
 * evaluators not excluded after the deadline; never another bidder's), evaluation and the decision, delivery, and
 * the History tab. Bid counts, evaluation progress and decisions follow live. The screen offers each person the
 * steps their role admits; the aggregate decides.
 *
 * @see <a href="../../../../../../../../../docs/decisions/012-challenges-and-sealed-bids.md">ADR 012</a>
 */
@Route(ChallengeDetailNavigation.ROUTE + "/:challengeId")
@PermitAll
public class ChallengeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Queries queries;
    private final CommandSender commands;
    private final Actor actor;
    /** Correlation ids of commands sent from this screen: their events need no "someone changed" notice. */
    private final Set<String> ownCommands = ConcurrentHashMap.newKeySet();
    private final LiveLink live;

    private ChallengeId challengeId;
    private ChallengeView challenge;
    private final H2 title = new H2();
    private final Span statusBadge = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout overview = new VerticalLayout();
    private final VerticalLayout bids = new VerticalLayout();
    private final VerticalLayout evaluation = new VerticalLayout();
    private final VerticalLayout delivery = new VerticalLayout();
    private HistoryPanel history;

    public ChallengeDetailView(Queries queries, CommandSender commands, LiveFeed liveFeed,
                               CurrentActor currentActor) {
        this.queries = queries;
        this.commands = commands;
        this.actor = currentActor.require();
        setSizeFull();
        addClassName("challenge-detail");
        title.setId("challenge-title");
        statusBadge.setId("challenge-status");
        actions.setId("challenge-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        overview.setId("challenge-overview");
        bids.setId("challenge-bids");
        evaluation.setId("challenge-evaluation");
        delivery.setId("challenge-delivery");
        for (VerticalLayout tab : List.of(overview, bids, evaluation, delivery)) {
            tab.setPadding(false);
        }
        live = LiveLink.whileAttached(this, ui -> challengeId == null ? null
                : liveFeed.subscribe(challengeId.toString(), event -> onLiveEvent(ui, event)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ChallengeId> id = event.getRouteParameters().get("challengeId").flatMap(ChallengeDetailView::parse);
        Optional<ChallengeView> found = id.flatMap(i -> queries.optional(new FindChallengeQuery(i, actor, -1),
                ChallengeView.class));
        if (found.isEmpty()) {
            CommandSender.error(this, getTranslation("challenge.detail.notFound"));
            event.forwardTo(ChallengeListNavigation.ROUTE);
            return;
        }
        challengeId = id.get();
        challenge = found.get();
        build();
        getUI().ifPresent(live::reopen);
    }

    private static Optional<ChallengeId> parse(String text) {
        try {
            return Optional.of(ChallengeId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void build() {
        removeAll();
        history = new HistoryPanel(queries, challengeId.toString());
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("challenge.tab.overview"), overview).setId("tab-overview");
        tabs.add(getTranslation("challenge.tab.bids"), bids).setId("tab-bids");
        tabs.add(getTranslation("challenge.tab.evaluation"), evaluation).setId("tab-evaluation");
        tabs.add(getTranslation("challenge.tab.delivery"), delivery).setId("tab-delivery");
        tabs.add(getTranslation("challenge.tab.history"), history).setId("tab-history");
        tabs.setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, statusBadge);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (ReplayNavigation.mayOpen(actor, challenge.clusterId())) {
            heading.add(replayLink(challengeId));
            Anchor provenance = new Anchor(ProvenanceNavigation.path(challengeId), getTranslation("replay.provenance"));
            provenance.setId("provenance-link");
            heading.add(provenance);
        }
        add(heading, actions, tabs);
        setFlexGrow(1, tabs);
        render();
    }

    private void render() {
        title.setText(challenge.title());
        statusBadge.setText(Texts.enumValue(this, "challenge.status", challenge.status()));
        statusBadge.getElement().getThemeList().clear();
        statusBadge.getElement().getThemeList().add("badge " + switch (challenge.status()) {
            case OPEN, DELIVERY -> "success";
            case CANCELLED, NO_BIDS, UNAWARDED -> "error";
            case COMPLETED -> "contrast";
            default -> "";
        });
        renderOverview();
        renderBids();
        renderEvaluation();
        renderDelivery();
        renderActions();
    }

    // ---- overview -------------------------------------------------------------------------------------------------

    private void renderOverview() {
        overview.removeAll();
        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-xl)");
        facts.add(fact("challenge.field.cluster", Texts.english() && challenge.clusterNameEn() != null
                ? challenge.clusterNameEn() : challenge.clusterNameZh()));
        facts.add(fact("challenge.field.poster", challenge.postingOrganization()));
        facts.add(fact("challenge.field.area", Texts.enumValue(this, "challenge.area", challenge.area())));
        facts.add(fact("challenge.field.budget", challenge.budget().toPlainString()));
        facts.add(fact("challenge.field.closesAt", Texts.dateTime(this, challenge.bidsCloseAt())));
        facts.add(fact("challenge.field.round", String.valueOf(challenge.round())));
        Span count = fact("challenge.field.bidCount", String.valueOf(challenge.bidCount()));
        count.setId("challenge-bid-count");
        facts.add(count);
        if (!challenge.keywords().isEmpty()) {
            facts.add(fact("challenge.field.keywords", String.join(Texts.listSeparator(), challenge.keywords())));
        }
        overview.add(facts);
        if (challenge.cancelReason() != null) {
            overview.add(notice(getTranslation("challenge.detail.cancelled", challenge.cancelReason())));
        }
        overview.add(section("challenge.field.need", challenge.need()));
        overview.add(section("challenge.field.eligibility", challenge.eligibility()));
        if (challenge.reward() != null) {
            overview.add(section("challenge.field.reward", challenge.reward()));
        }
        overview.add(new H4(getTranslation("challenge.field.indicators")));
        Grid<TechnicalIndicator> indicators = new Grid<>();
        indicators.setId("challenge-indicators");
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT);
        indicators.setAllRowsVisible(true);
        indicators.addColumn(TechnicalIndicator::name).setHeader(getTranslation("challenge.column.indicator"));
        indicators.addColumn(TechnicalIndicator::target).setHeader(getTranslation("challenge.column.target"));
        indicators.addColumn(i -> i.unit() == null ? "" : i.unit())
                .setHeader(getTranslation("challenge.column.unit"));
        indicators.setItems(challenge.indicators());
        overview.add(indicators);
        overview.add(new H4(getTranslation("challenge.field.criteria")));
        overview.add(new Paragraph(String.join(Texts.listSeparator(), challenge.criteria().stream()
                .map(c -> criterionName(c) + " " + c.weight() + "%").toList())));
        overview.add(new H4(getTranslation("challenge.field.evaluators")));
        overview.add(new Paragraph(challenge.evaluators().isEmpty() ? getTranslation("challenge.detail.evaluatorsHidden")
                : String.join(Texts.listSeparator(), challenge.evaluators().stream()
                .map(e -> e.displayName() + Texts.bracketed(e.organization())).toList())));
    }

    // ---- bids -----------------------------------------------------------------------------------------------------

    private void renderBids() {
        bids.removeAll();
        Span sealed = new Span(getTranslation(switch (challenge.myRole()) {
            case MEMBER, READER -> "challenge.bids.sealedForBidders";
            default -> challengeClosedForBids() ? "challenge.bids.openedForEvaluation"
                    : "challenge.bids.sealedUntilDeadline";
        }, challenge.bidCount()));
        sealed.setId("bids-sealed-note");
        sealed.addClassName("current-user");
        bids.add(sealed);
        int index = 0;
        for (BidView bid : challenge.bids()) {
            bids.add(bidCard(bid, index++));
        }
    }

    private boolean challengeClosedForBids() {
        return challenge.status() != ChallengeStatus.OPEN;
    }

    private Component bidCard(BidView bid, int index) {
        String heading = bid.organization() + (bid.consortium() == null ? ""
                : Texts.bracketed(getTranslation("challenge.bid.forConsortium", bid.consortium().name())))
                + (bid.own() ? " · " + getTranslation("challenge.bid.own") : "")
                + (bid.withdrawn() ? " · " + getTranslation("challenge.bid.withdrawn") : "");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(section("challenge.bid.approach", bid.approach()), section("challenge.bid.team", bid.team()),
                section("challenge.bid.schedule", bid.schedule()),
                fact("challenge.bid.price", bid.price().toPlainString()),
                fact("challenge.bid.submittedAt", Texts.dateTime(this, bid.submittedAt())
                        + (bid.revisedAt() == null ? "" : " / " + getTranslation("challenge.bid.revisedAt",
                        Texts.dateTime(this, bid.revisedAt()), bid.revisions()))));
        if (bid.consortium() != null) {
            content.add(fact("challenge.bid.members", String.join(Texts.listSeparator(),
                    bid.consortium().memberOrganizations())));
        }
        if (!bid.excludedEvaluators().isEmpty() && challenge.myRole() != ViewerRole.MEMBER) {
            content.add(fact("challenge.bid.excluded", String.join(Texts.listSeparator(), bid.excludedEvaluators())));
        }
        if (bid.myScores() != null) {
            content.add(fact("challenge.bid.myScores", String.join(Texts.listSeparator(), bid.myScores().stream()
                    .map(s -> s.criterion() + " " + s.score()).toList())));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (bid.own() && !bid.withdrawn() && challenge.status() == ChallengeStatus.OPEN) {
            buttons.add(button("challenge.action.reviseBid", "action-revise-bid", VaadinIcon.EDIT,
                    () -> openBidDialog(bid)));
            buttons.add(button("challenge.action.withdrawBid", "action-withdraw-bid", VaadinIcon.CLOSE,
                    () -> send(new WithdrawBidCommand(challengeId, bid.bidId()), null,
                            "challenge.action.bidWithdrawn")));
        }
        if (challenge.myRole() == ViewerRole.EVALUATOR && challenge.status() == ChallengeStatus.EVALUATION
                && bid.myScores() == null && !bid.withdrawn()) {
            buttons.add(button("challenge.action.score", "action-score-" + index, VaadinIcon.STAR,
                    () -> openScoreDialog(bid)));
        }
        content.add(buttons);
        Details card = new Details(heading, content);
        card.setOpened(true);
        card.setId("bid-card-" + index);
        card.addClassName("bid-card");
        return card;
    }

    // ---- evaluation -----------------------------------------------------------------------------------------------

    private void renderEvaluation() {
        evaluation.removeAll();
        if (challenge.status() == ChallengeStatus.OPEN || challenge.status() == ChallengeStatus.NO_BIDS) {
            Span notYet = new Span(getTranslation("challenge.evaluation.notYet"));
            notYet.addClassName("current-user");
            evaluation.add(notYet);
            return;
        }
        ProgressBar progress = new ProgressBar(0, Math.max(1, challenge.scoresExpected()),
                Math.min(challenge.scoresRecorded(), Math.max(1, challenge.scoresExpected())));
        progress.setId("evaluation-progress");
        progress.setWidth("20em");
        Span progressText = new Span(getTranslation("challenge.evaluation.progress", challenge.scoresRecorded(),
                challenge.scoresExpected()));
        progressText.setId("evaluation-progress-text");
        evaluation.add(new HorizontalLayout(progress, progressText));
        if (challenge.decision() != null) {
            DecisionView decision = challenge.decision();
            Div box = notice(getTranslation("challenge.decision.published", decision.winnerOrganization(),
                    decision.score() == null ? "—" : decision.score().toPlainString(), decision.rank(),
                    Texts.dateTime(this, decision.publishedAt())));
            box.setId("challenge-decision");
            evaluation.add(box);
            if (decision.reason() != null) {
                evaluation.add(section("challenge.decision.reason", decision.reason()));
            }
        }
        if (challenge.offer() != null) {
            Div offer = notice(getTranslation("challenge.offer.pending", challenge.offer().organization(),
                    challenge.offer().rank()));
            offer.setId("challenge-offer");
            evaluation.add(offer);
        }
        if (challenge.ranking().isEmpty()) {
            Span hidden = new Span(getTranslation("challenge.evaluation.rankingHidden"));
            hidden.addClassName("current-user");
            evaluation.add(hidden);
            return;
        }
        Grid<RankedBid> ranking = new Grid<>();
        ranking.setId("challenge-ranking");
        ranking.setAllRowsVisible(true);
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT);
        ranking.addColumn(RankedBid::rank).setHeader(getTranslation("challenge.column.rank")).setWidth("5em")
                .setFlexGrow(0);
        ranking.addColumn(r -> r.organization() + (r.consortiumName() == null ? "" : Texts.bracketed(
                r.consortiumName()))).setHeader(getTranslation("challenge.column.bidder")).setFlexGrow(3);
        ranking.addColumn(r -> r.score() == null ? "—" : r.score().toPlainString())
                .setHeader(getTranslation("challenge.column.score")).setFlexGrow(1);
        ranking.addColumn(RankedBid::scoredBy).setHeader(getTranslation("challenge.column.scoredBy")).setFlexGrow(1);
        ranking.addColumn(r -> r.bidId().equals(challenge.chosenBidId()) ? "✔" : "")
                .setHeader(getTranslation("challenge.column.chosen")).setWidth("6em").setFlexGrow(0);
        ranking.setItems(challenge.ranking());
        evaluation.add(ranking);
    }

    // ---- delivery -------------------------------------------------------------------------------------------------

    private void renderDelivery() {
        delivery.removeAll();
        if (challenge.decision() == null) {
            Span none = new Span(getTranslation("challenge.delivery.notYet"));
            none.addClassName("current-user");
            delivery.add(none);
            return;
        }
        Grid<DeliveryMilestoneView> milestones = new Grid<>();
        milestones.setId("delivery-milestones");
        milestones.setAllRowsVisible(true);
        milestones.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        milestones.addColumn(DeliveryMilestoneView::title).setHeader(getTranslation("challenge.column.milestone"))
                .setFlexGrow(2);
        milestones.addColumn(m -> m.dueDate().toString()).setHeader(getTranslation("challenge.column.due"))
                .setWidth("8em").setFlexGrow(0);
        milestones.addColumn(m -> m.percentComplete() + "%").setHeader(getTranslation("challenge.column.progress"))
                .setWidth("6em").setFlexGrow(0);
        milestones.addColumn(m -> m.lastNote() == null ? "" : m.lastNote())
                .setHeader(getTranslation("challenge.column.note")).setFlexGrow(2);
        milestones.addColumn(m -> m.accepted() ? getTranslation("challenge.milestone.accepted", m.acceptanceOpinion())
                : "").setHeader(getTranslation("challenge.column.acceptance")).setFlexGrow(1);
        milestones.addComponentColumn(this::milestoneButtons).setFlexGrow(1);
        milestones.setItems(challenge.milestones());
        delivery.add(milestones);
        if (challenge.acceptance() != null) {
            AcceptanceView acceptance = challenge.acceptance();
            Div box = notice(getTranslation(acceptance.passed() ? "challenge.acceptance.passed"
                    : "challenge.acceptance.failed", acceptance.opinion()));
            box.setId("challenge-acceptance");
            delivery.add(box);
        }
        if (!challenge.firstOfAKind().isEmpty()) {
            delivery.add(new H4(getTranslation("challenge.firstOfAKind.title")));
            for (FirstOfAKindView result : challenge.firstOfAKind()) {
                delivery.add(new Span(Texts.enumValue(this, "challenge.firstOfAKind", result.kind()) + (Texts.english() ? ": " : "：")
                        + result.productName() + Texts.bracketed(result.organization())));
            }
        }
    }

    private Component milestoneButtons(DeliveryMilestoneView milestone) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (challenge.status() != ChallengeStatus.DELIVERY || milestone.accepted()) {
            return buttons;
        }
        if (isWinner()) {
            buttons.add(button("challenge.action.reportProgress", "action-progress-" + milestone.milestoneId(),
                    VaadinIcon.CHART, () -> openProgressDialog(milestone)));
        }
        if (isPoster() && milestone.percentComplete() == 100) {
            buttons.add(button("challenge.action.acceptMilestone", "action-accept-" + milestone.milestoneId(),
                    VaadinIcon.CHECK, () -> openOpinionDialog(milestone)));
        }
        return buttons;
    }

    // ---- actions --------------------------------------------------------------------------------------------------

    private boolean isPoster() {
        return challenge.myRole() == ViewerRole.POSTER;
    }

    private boolean isWinner() {
        return actor.role() == Role.MEMBER && challenge.decision() != null && challenge.offer() == null
                && challenge.decision().winnerOrganization().equals(actor.organization());
    }

    private void renderActions() {
        actions.removeAll();
        ChallengeStatus status = challenge.status();
        boolean hasOwnBid = challenge.bids().stream().anyMatch(b -> b.own() && !b.withdrawn());
        if (challenge.myRole() == ViewerRole.MEMBER && status == ChallengeStatus.OPEN && !hasOwnBid) {
            Button bid = button("challenge.action.submitBid", "action-submit-bid", VaadinIcon.HAND,
                    () -> openBidDialog(null));
            bid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(bid);
        }
        if (isPoster()) {
            if (status == ChallengeStatus.OPEN || status == ChallengeStatus.NO_BIDS) {
                actions.add(button("challenge.action.extend", "action-extend", VaadinIcon.CLOCK,
                        () -> openDeadlineDialog(false)));
            }
            if (status == ChallengeStatus.NO_BIDS || status == ChallengeStatus.UNAWARDED) {
                actions.add(button("challenge.action.repost", "action-repost", VaadinIcon.REFRESH,
                        () -> openDeadlineDialog(true)));
            }
            if (status == ChallengeStatus.EVALUATION && !challenge.ranking().isEmpty()) {
                actions.add(button("challenge.action.choose", "action-choose", VaadinIcon.TROPHY,
                        this::openChooseDialog));
            }
            if (status == ChallengeStatus.CHOSEN) {
                actions.add(button("challenge.action.publish", "action-publish", VaadinIcon.MEGAPHONE,
                        () -> send(new PublishDecisionCommand(challengeId), null, "challenge.action.published")));
            }
            if (status == ChallengeStatus.DELIVERY) {
                actions.add(button("challenge.action.addMilestone", "action-add-milestone", VaadinIcon.PLUS,
                        this::openMilestoneDialog));
                actions.add(button("challenge.action.recordAcceptance", "action-acceptance", VaadinIcon.CHECK_SQUARE,
                        this::openAcceptanceDialog));
            }
        }
        if (isWinner() && status == ChallengeStatus.DELIVERY) {
            if (!isPoster()) {
                actions.add(button("challenge.action.addMilestone", "action-add-milestone", VaadinIcon.PLUS,
                        this::openMilestoneDialog));
            }
            actions.add(button("challenge.action.stepBack", "action-step-back", VaadinIcon.SIGN_OUT,
                    () -> openReasonDialog("challenge.action.stepBack", "step-back",
                            reason -> new WithdrawFromAwardCommand(challengeId, reason))));
        }
        if (challenge.offer() != null && actor.role() == Role.MEMBER
                && challenge.offer().organization().equals(actor.organization())) {
            actions.add(button("challenge.action.answerOffer", "action-answer-offer", VaadinIcon.QUESTION_CIRCLE,
                    this::openOfferDialog));
        }
        if (challenge.decision() != null && actor.role() == Role.PROMOTION_STAFF
                && actor.isStaffOf(challenge.clusterId().toString())) {
            actions.add(button("challenge.action.followUpProject", "action-follow-up-project", VaadinIcon.FOLDER_ADD,
                    this::openFollowUpProjectDialog));
        }
        if (status == ChallengeStatus.COMPLETED && (isPoster() || isWinner())) {
            actions.add(button("challenge.action.registerFirstOfAKind", "action-first-of-a-kind", VaadinIcon.MEDAL,
                    this::openFirstOfAKindDialog));
        }
        if (!status.isFinal() && (isPoster() || challenge.myRole() == ViewerRole.SUPERVISOR)) {
            Button cancel = button("challenge.action.cancel", "action-cancel", VaadinIcon.BAN,
                    () -> openReasonDialog("challenge.action.cancel", "cancel",
                            reason -> new CancelChallengeCommand(challengeId, reason)));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
    }

    private void openBidDialog(BidView existing) {
        String key = existing == null ? "challenge.action.submitBid" : "challenge.action.reviseBid";
        TextArea approach = new TextArea(getTranslation("challenge.bid.approach"));
        TextArea team = new TextArea(getTranslation("challenge.bid.team"));
        TextArea schedule = new TextArea(getTranslation("challenge.bid.schedule"));
        BigDecimalField price = new BigDecimalField(getTranslation("challenge.bid.price"));
        approach.setId("bid-approach");
        team.setId("bid-team");
        schedule.setId("bid-schedule");
        price.setId("bid-price");
        if (existing != null) {
            approach.setValue(existing.approach());
            team.setValue(existing.team());
            schedule.setValue(existing.schedule());
            price.setValue(existing.price());
        }
        ActionDialog dialog = new ActionDialog(getTranslation(key), "bid-dialog", getTranslation(key),
                errors -> existing == null
                        ? sent(new SubmitBidCommand(challengeId, UUID.randomUUID().toString(), actor.organization(),
                        null, approach.getValue(), team.getValue(), schedule.getValue(), price.getValue()), errors,
                        "challenge.action.bidSubmitted")
                        : sent(new ReviseBidCommand(challengeId, existing.bidId(), approach.getValue(), team.getValue(),
                        schedule.getValue(), price.getValue()), errors, "challenge.action.bidRevised"));
        dialog.text(new Span(getTranslation("challenge.bid.sealedHint")));
        dialog.field("approach", approach, true);
        dialog.field("team", team, true);
        dialog.field("schedule", schedule, false);
        dialog.field("price", price, false);
        dialog.open();
    }

    private void openScoreDialog(BidView bid) {
        Map<String, IntegerField> fields = new LinkedHashMap<>();
        TextArea comment = new TextArea(getTranslation("challenge.score.comment"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.score.title", bid.organization()),
                "score-dialog", getTranslation("challenge.action.score"), errors -> {
            List<BidCriterionScore> scores = new ArrayList<>();
            fields.forEach((key, field) -> scores.add(new BidCriterionScore(key,
                    field.getValue() == null ? -1 : field.getValue())));
            return sent(new ScoreBidCommand(challengeId, bid.bidId(), scores, comment.getValue()), errors,
                    "challenge.action.scored");
        });
        for (EvaluationCriterion criterion : challenge.criteria()) {
            IntegerField field = new IntegerField(criterionName(criterion) + " (" + criterion.weight() + "%)");
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setId("score-" + criterion.key());
            fields.put(criterion.key(), dialog.field("scores", field, false));
        }
        dialog.field("comment", comment, true);
        dialog.open();
    }

    private void openChooseDialog() {
        Select<RankedBid> choice = new Select<>();
        choice.setLabel(getTranslation("challenge.choose.bid"));
        choice.setItems(challenge.ranking());
        choice.setItemLabelGenerator(r -> r.rank() + ". " + r.organization() + " · "
                + (r.score() == null ? "—" : r.score().toPlainString()));
        choice.setValue(challenge.ranking().get(0));
        choice.setId("choose-bid");
        TextArea reason = new TextArea(getTranslation("challenge.choose.reason"));
        reason.setHelperText(getTranslation("challenge.choose.reason.help"));
        reason.setId("choose-reason");
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.choose"), "choose-dialog",
                getTranslation("challenge.action.choose"), errors -> sent(new ChooseWinnerCommand(challengeId,
                choice.getValue() == null ? null : choice.getValue().bidId(), reason.getValue()), errors,
                "challenge.action.chosen"));
        dialog.field("bidId", choice, true);
        dialog.field("reason", reason, true);
        dialog.open();
    }

    /**
     * Promotion staff of the challenge's cluster draft the project that follows up the winning bid (ADR 018): the
     * draft records the challenge and the bid it came from, so the provenance view can follow the chain.
     */
    private void openFollowUpProjectDialog() {
        DecisionView decision = challenge.decision();
        TextField title = new TextField(getTranslation("projectLibrary.field.title"));
        title.setValue(challenge.title());
        title.setId("follow-up-title");
        Select<ProjectKind> kind = new Select<>();
        kind.setLabel(getTranslation("projectLibrary.field.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("project.kind." + k.name()));
        kind.setId("follow-up-kind");
        TextField lead = new TextField(getTranslation("projectLibrary.field.leadOrganization"));
        lead.setValue(decision.winnerOrganization());
        lead.setId("follow-up-lead");
        Select<City> city = new Select<>();
        city.setLabel(getTranslation("projectLibrary.field.city"));
        city.setItems(City.values());
        city.setItemLabelGenerator(c -> c == null ? "" : Texts.city(this, c));
        if (actor.city() != null) {
            city.setValue(actor.city());
        }
        city.setId("follow-up-city");
        TextField person = new TextField(getTranslation("projectLibrary.field.personInCharge"));
        person.setId("follow-up-person");
        int thisYear = java.time.Year.now(Texts.SHANGHAI).getValue();
        IntegerField start = new IntegerField(getTranslation("projectLibrary.field.startYear"));
        start.setValue(thisYear);
        start.setStepButtonsVisible(true);
        IntegerField end = new IntegerField(getTranslation("projectLibrary.field.endYear"));
        end.setValue(thisYear + 2);
        end.setStepButtonsVisible(true);
        ProjectId projectId = ProjectId.create();
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.followUpProject"),
                "follow-up-dialog", getTranslation("challenge.followUp.create"), errors -> {
            Optional<String> sent = commands.send(this, new DraftProjectCommand(projectId, challenge.clusterId(),
                    kind.getValue(), title.getValue(), lead.getValue(), city.getValue(), person.getValue(),
                    start.getValue() == null ? 0 : start.getValue(), end.getValue() == null ? 0 : end.getValue(),
                    new ProjectOrigin(challengeId.toString(), decision.winnerBidId())), errors);
            sent.ifPresent(id -> {
                CommandSender.success(this, getTranslation("challenge.followUp.created"));
                getUI().ifPresent(ui -> ui.navigate(ProjectDetailNavigation.path(projectId)));
            });
            return sent.isPresent();
        });
        dialog.text(new Paragraph(getTranslation("challenge.followUp.intro", decision.winnerOrganization())));
        dialog.field("title", title, true);
        dialog.field("kind", kind, false);
        dialog.field("city", city, false);
        dialog.field("leadOrganization", lead, true);
        dialog.field("personInCharge", person, false);
        dialog.field("startYear", start, false);
        dialog.field("endYear", end, false);
        dialog.open();
    }

    private void openDeadlineDialog(boolean repost) {
        DateTimePicker closes = new DateTimePicker(getTranslation("challenge.field.closesAt"));
        // A week after the current deadline (or two weeks from now if that has passed): extending must move it later.
        LocalDateTime current = LocalDateTime.ofInstant(challenge.bidsCloseAt(), Texts.SHANGHAI).plusDays(7);
        LocalDateTime fromNow = LocalDateTime.now(Texts.SHANGHAI).plusDays(14).withHour(17).withMinute(0)
                .withSecond(0).withNano(0);
        closes.setValue(current.isAfter(fromNow) ? current : fromNow);
        closes.setId("deadline-closes");
        String key = repost ? "challenge.action.repost" : "challenge.action.extend";
        ActionDialog dialog = new ActionDialog(getTranslation(key), "deadline-dialog", getTranslation(key),
                errors -> {
                    var at = closes.getValue() == null ? null : closes.getValue().atZone(Texts.SHANGHAI).toInstant();
                    Object command = repost ? new RepostChallengeCommand(challengeId, at)
                            : new ExtendBidDeadlineCommand(challengeId, at);
                    return sent(command, errors, "challenge.action.deadlineSet");
                });
        dialog.field("bidsCloseAt", closes, true);
        dialog.open();
    }

    private void openReasonDialog(String key, String id, java.util.function.Function<String, Object> command) {
        TextArea reason = new TextArea(getTranslation("challenge.field.reason"));
        reason.setId(id + "-reason");
        ActionDialog dialog = new ActionDialog(getTranslation(key), id + "-dialog", getTranslation(key),
                errors -> sent(command.apply(reason.getValue()), errors, "challenge.action.done"));
        dialog.field("reason", reason, true);
        dialog.open();
    }

    private void openOfferDialog() {
        RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(getTranslation("challenge.offer.answer"));
        answer.setItems(true, false);
        answer.setItemLabelGenerator(accept -> getTranslation(accept ? "challenge.offer.accept"
                : "challenge.offer.decline"));
        answer.setValue(true);
        TextArea note = new TextArea(getTranslation("challenge.field.note"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.answerOffer"), "offer-dialog",
                getTranslation("challenge.action.answerOffer"), errors -> sent(new AnswerAwardOfferCommand(
                challengeId, Boolean.TRUE.equals(answer.getValue()), note.getValue()), errors,
                "challenge.action.done"));
        dialog.text(answer);
        dialog.field("note", note, true);
        dialog.open();
    }

    private void openMilestoneDialog() {
        TextField name = new TextField(getTranslation("challenge.column.milestone"));
        DatePicker due = new DatePicker(getTranslation("challenge.column.due"));
        due.setValue(LocalDate.now(Texts.SHANGHAI).plusMonths(3));
        name.setId("milestone-title");
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.addMilestone"), "milestone-dialog",
                getTranslation("challenge.action.addMilestone"), errors -> sent(new AddDeliveryMilestoneCommand(
                challengeId, UUID.randomUUID().toString(), name.getValue(), due.getValue()), errors,
                "challenge.action.done"));
        dialog.field("title", name, false);
        dialog.field("dueDate", due, false);
        dialog.open();
    }

    private void openProgressDialog(DeliveryMilestoneView milestone) {
        IntegerField percent = new IntegerField(getTranslation("challenge.column.progress"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(milestone.percentComplete());
        TextArea note = new TextArea(getTranslation("challenge.column.note"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.reportProgress"), "progress-dialog",
                getTranslation("challenge.action.reportProgress"), errors -> sent(new ReportDeliveryProgressCommand(
                challengeId, milestone.milestoneId(), percent.getValue() == null ? -1 : percent.getValue(),
                note.getValue()), errors, "challenge.action.done"));
        dialog.field("percentComplete", percent, false);
        dialog.field("note", note, true);
        dialog.open();
    }

    private void openOpinionDialog(DeliveryMilestoneView milestone) {
        TextArea opinion = new TextArea(getTranslation("challenge.field.opinion"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.acceptMilestone"), "accept-dialog",
                getTranslation("challenge.action.acceptMilestone"), errors -> sent(
                new AcceptDeliveryMilestoneCommand(challengeId, milestone.milestoneId(), opinion.getValue()), errors,
                "challenge.action.done"));
        dialog.field("opinion", opinion, true);
        dialog.open();
    }

    private void openAcceptanceDialog() {
        Map<String, TextField> achieved = new LinkedHashMap<>();
        Map<String, Checkbox> met = new LinkedHashMap<>();
        TextArea opinion = new TextArea(getTranslation("challenge.field.opinion"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.recordAcceptance"),
                "acceptance-dialog", getTranslation("challenge.action.recordAcceptance"), errors -> {
            List<IndicatorResult> results = new ArrayList<>();
            achieved.forEach((key, field) -> results.add(new IndicatorResult(key, field.getValue(),
                    met.get(key).getValue())));
            return sent(new RecordDeliveryAcceptanceCommand(challengeId, results, opinion.getValue()), errors,
                    "challenge.action.done");
        });
        for (TechnicalIndicator indicator : challenge.indicators()) {
            TextField value = new TextField(indicator.name() + " (" + indicator.target()
                    + (indicator.unit() == null ? "" : " " + indicator.unit()) + ")");
            Checkbox reached = new Checkbox(getTranslation("challenge.acceptance.met"));
            achieved.put(indicator.key(), dialog.field("results", value, false));
            met.put(indicator.key(), reached);
            dialog.text(reached);
        }
        dialog.field("opinion", opinion, true);
        dialog.open();
    }

    private void openFirstOfAKindDialog() {
        Select<FirstOfAKindKind> kind = new Select<>();
        kind.setLabel(getTranslation("challenge.firstOfAKind.kind"));
        kind.setItems(FirstOfAKindKind.values());
        kind.setItemLabelGenerator(k -> Texts.enumValue(this, "challenge.firstOfAKind", k));
        kind.setValue(FirstOfAKindKind.EQUIPMENT);
        TextField product = new TextField(getTranslation("challenge.firstOfAKind.product"));
        TextArea description = new TextArea(getTranslation("challenge.firstOfAKind.description"));
        ActionDialog dialog = new ActionDialog(getTranslation("challenge.action.registerFirstOfAKind"),
                "first-of-a-kind-dialog", getTranslation("challenge.action.registerFirstOfAKind"), errors -> sent(
                new RegisterFirstOfAKindCommand(challengeId, UUID.randomUUID().toString(), kind.getValue(),
                        product.getValue(), description.getValue()), errors, "challenge.action.done"));
        dialog.field("kind", kind, false);
        dialog.field("productName", product, false);
        dialog.field("description", description, true);
        dialog.open();
    }

    // ---- sending and following --------------------------------------------------------------------------------------

    private boolean sent(Object command, BiConsumer<String, String> errors, String successKey) {
        Optional<String> correlation = commands.send(this, command, errors);
        correlation.ifPresent(id -> {
            ownCommands.add(id);
            CommandSender.success(this, getTranslation(successKey));
            refresh(challenge.version() + 1);
        });
        return correlation.isPresent();
    }

    private void send(Object command, BiConsumer<String, String> errors, String successKey) {
        sent(command, errors, successKey);
    }

    private void refresh(long atLeastVersion) {
        queries.optional(new FindChallengeQuery(challengeId, actor, atLeastVersion), ChallengeView.class)
                .ifPresent(this::show);
        history.refresh();
    }

    private void show(ChallengeView fresh) {
        if (fresh.version() >= challenge.version()) {
            challenge = fresh;
            render();
        }
    }

    /** Runs on a live-feed thread: waits for the read model off the UI, then changes the screen inside access. */
    private void onLiveEvent(UI ui, LiveEvent event) {
        Optional<ChallengeView> fresh = queries.optional(new FindChallengeQuery(challengeId, actor,
                event.sequenceNumber()), ChallengeView.class);
        String correlation = event.metadata().getOrDefault(MetaDataKeys.CORRELATION_ID, "");
        ui.access(() -> {
            fresh.ifPresent(this::show);
            history.refresh();
            if (!ownCommands.contains(correlation)) {
                LiveNotice.show(this, event);
            }
        });
    }

    // ---- bits -----------------------------------------------------------------------------------------------------

    private String criterionName(EvaluationCriterion criterion) {
        return Texts.english() && criterion.nameEn() != null ? criterion.nameEn() : criterion.nameZh();
    }

    private Span fact(String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + (Texts.english() ? ": " : "：")
                + (value == null ? "—" : value));
        fact.addClassName("challenge-fact");
        return fact;
    }

    private Component section(String labelKey, String text) {
        Div box = new Div();
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-weight", "600");
        Paragraph body = new Paragraph(text == null ? "—" : text);
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0.2em 0 0.6em 0");
        box.add(label, body);
        return box;
    }

    private Div notice(String text) {
        Div box = new Div(new Span(text));
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return box;
    }

    private Button button(String labelKey, String id, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return challenge == null ? "ClusterHub" : challenge.title() + " · ClusterHub";
    }

    /** The replay of this record's history (ADR 017), for those who may open it. */
    private Anchor replayLink(Object id) {
        Anchor replay = new Anchor(ReplayNavigation.path(id), getTranslation("replay.open"));
        replay.setId("replay-link");
        return replay;
    }
}
