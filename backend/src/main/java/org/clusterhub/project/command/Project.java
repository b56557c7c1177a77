package org.clusterhub.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictDescription;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.EditConflict;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.Role;

/**
 * A public service or major project, from draft to closure. Holds only what its decisions need: the cluster and
 * center city (scope), participants and the sections they may edit, budget lines and milestones (child entities),
 * the expert panel, publicity, change requests and the deadlines it watches. Display data lives in projections.
 *
 * <p>Edits name the version their author saw. When others changed the project since, Axon hands the unseen events
 * to the {@link ConflictResolver}: only a change to the same part (section, budget line, milestone, indicator) is a
 * conflict, so people editing different parts never block each other.
 *
 * @see <a href="../../../../../../../../docs/decisions/005-project-aggregate-checks-its-own-scope.md">ADR 005</a>
 * @see <a href="../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
 */
@Aggregate(snapshotTriggerDefinition = "projectSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Project {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int CITY_REVIEW_DAYS = 10;
    static final int MINIMUM_ACTIVE_EXPERTS = 3;

    @AggregateIdentifier
    private ProjectId projectId;
    private String clusterId;
    private City city;
    private ProjectStatus status;
    private ProjectStatus statusBeforeSuspension;
    private ProjectKind kind;
    private String leadOrganization;
    private String personInCharge;
    private int startYear;
    private int endYear;
    private boolean hasAims;
    private boolean hasContent;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = org.axonframework.modelling.command.ForwardMatchingInstances.class)
    private final Map<String, BudgetLine> budgetLines = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = org.axonframework.modelling.command.ForwardMatchingInstances.class)
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final Map<String, BaselineIndicator> indicators = new LinkedHashMap<>();
    private final Map<String, ExpertSeat> panel = new LinkedHashMap<>();
    private List<ScoringCriterion> criteria = List.of();
    private boolean reviewComplete;
    private long publishedVersion = -1;
    private boolean publicityEnded;
    private LocalDate publicityStartsOn;
    private final Map<String, Boolean> objectionsAnswered = new HashMap<>();
    private final Map<String, ChangeKind> pendingChanges = new HashMap<>();
    private final Set<String> knownChangeRequests = new HashSet<>();
    private LibraryState libraryState;
    private boolean selfEvaluated;
    private final Set<String> attachments = new HashSet<>();

    /** Required by Axon to rebuild the aggregate from its events (and snapshots) before handling a command. */
    Project() {
    }

    /** A participating organization and the sections it may edit. */
    record Participant(City city, ParticipantRole role, Set<ProjectSection> sections) {
    }

    // ---- drafting -------------------------------------------------------------------------------------------

    @CommandHandler
    Project(DraftProjectCommand command) {
        requireYears(command.startYear(), command.endYear());
        apply(new ProjectDraftedEvent(command.projectId(), command.clusterId(), command.kind(),
                command.title().strip(), command.leadOrganization().strip(), command.city(),
                command.personInCharge().strip(), command.startYear(), command.endYear(), command.origin()));
        apply(new ParticipantAddedEvent(command.projectId(), command.leadOrganization().strip(), command.city(),
                ParticipantRole.LEAD, EnumSet.allOf(ProjectSection.class)));
    }

    @CommandHandler
    void handle(ReviseProjectOverviewCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireStaff(actor, command);
        requireYears(command.startYear(), command.endYear());
        requireMilestonesWithin(command.startYear(), command.endYear(), "endYear");
        detect(conflicts, "overview");
        apply(new ProjectOverviewRevisedEvent(projectId, command.kind(), command.title().strip(),
                command.personInCharge().strip(), command.startYear(), command.endYear()));
    }

    @CommandHandler
    void handle(ReviseProjectSectionCommand command, Actor actor, ConflictResolver conflicts) {
        if (command.section() != ProjectSection.AIMS && command.section() != ProjectSection.CONTENT) {
            throw new DomainRuleViolation("project.error.notATextSection", "section");
        }
        requireEditable();
        requireEditor(actor, command.section(), command);
        detect(conflicts, "section:" + command.section());
        apply(new ProjectSectionRevisedEvent(projectId, command.section(), command.text().strip()));
    }

    @CommandHandler
    void handle(AddParticipantCommand command, Actor actor) {
        requireEditable();
        requireStaff(actor, command);
        String organization = command.organization().strip();
        if (participants.containsKey(organization)) {
            throw new DomainRuleViolation("project.error.participantExists", "organization", organization);
        }
        apply(new ParticipantAddedEvent(projectId, organization, command.city(), ParticipantRole.PARTNER,
                sectionsOf(command.sections())));
    }

    @CommandHandler
    void handle(AssignSectionsCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireStaff(actor, command);
        Participant participant = requireParticipant(command.organization());
        if (participant.role() == ParticipantRole.LEAD) {
            throw new DomainRuleViolation("project.error.leadHasAllSections", "organization");
        }
        detect(conflicts, PARTICIPANT + command.organization());
        apply(new SectionsAssignedEvent(projectId, command.organization(), sectionsOf(command.sections())));
    }

    @CommandHandler
    void handle(RemoveParticipantCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireStaff(actor, command);
        Participant participant = requireParticipant(command.organization());
        if (participant.role() == ParticipantRole.LEAD) {
            throw new DomainRuleViolation("project.error.cannotRemoveLead", "organization");
        }
        if (milestones.values().stream().anyMatch(m -> m.ownerOrganization().equals(command.organization()))) {
            throw new DomainRuleViolation("project.error.participantOwnsMilestones", "organization");
        }
        detect(conflicts, PARTICIPANT + command.organization());
        apply(new ParticipantRemovedEvent(projectId, command.organization()));
    }

    @CommandHandler
    void handle(AddBudgetLineCommand command, Actor actor) {
        requireEditable();
        requireEditor(actor, ProjectSection.BUDGET, command);
        if (budgetLines.containsKey(command.lineId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "lineId");
        }
        apply(new BudgetLineAddedEvent(projectId, command.lineId(), command.item().strip(), command.source(),
                money(command.amount())));
    }

    @CommandHandler
    void handle(ReviseBudgetLineCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.BUDGET, command);
        detect(conflicts, "budget:" + command.lineId());
        requireBudgetLine(command.lineId());
        apply(new BudgetLineRevisedEvent(projectId, command.lineId(), command.item().strip(), command.source(),
                money(command.amount())));
    }

    @CommandHandler
    void handle(RemoveBudgetLineCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.BUDGET, command);
        detect(conflicts, "budget:" + command.lineId());
        requireBudgetLine(command.lineId());
        apply(new BudgetLineRemovedEvent(projectId, command.lineId()));
    }

    @CommandHandler
    void handle(AddMilestoneCommand command, Actor actor) {
        requireEditable();
        requireEditor(actor, ProjectSection.MILESTONES, command);
        if (milestones.containsKey(command.milestoneId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "milestoneId");
        }
        requireMilestoneFits(command.dueDate(), command.ownerOrganization());
        apply(new MilestoneAddedEvent(projectId, command.milestoneId(), command.title().strip(), command.dueDate(),
                command.deliverable().strip(), command.ownerOrganization()));
    }

    @CommandHandler
    void handle(ReviseMilestoneCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.MILESTONES, command);
        detect(conflicts, "milestone:" + command.milestoneId());
        requireMilestone(command.milestoneId());
        requireMilestoneFits(command.dueDate(), command.ownerOrganization());
        apply(new MilestoneRevisedEvent(projectId, command.milestoneId(), command.title().strip(),
                command.dueDate(), command.deliverable().strip(), command.ownerOrganization()));
    }

    @CommandHandler
    void handle(RemoveMilestoneCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.MILESTONES, command);
        detect(conflicts, "milestone:" + command.milestoneId());
        requireMilestone(command.milestoneId());
        apply(new MilestoneRemovedEvent(projectId, command.milestoneId()));
    }

    @CommandHandler
    void handle(AddIndicatorCommand command, Actor actor) {
        requireEditable();
        requireEditor(actor, ProjectSection.INDICATORS, command);
        if (indicators.containsKey(command.indicatorId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "indicatorId");
        }
        apply(new IndicatorAddedEvent(projectId, command.indicatorId(), command.name().strip(),
                command.unit().strip(), command.targetValue()));
    }

    @CommandHandler
    void handle(ReviseIndicatorCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.INDICATORS, command);
        detect(conflicts, "indicator:" + command.indicatorId());
        requireIndicator(command.indicatorId());
        apply(new IndicatorRevisedEvent(projectId, command.indicatorId(), command.name().strip(),
                command.unit().strip(), command.targetValue()));
    }

    @CommandHandler
    void handle(RemoveIndicatorCommand command, Actor actor, ConflictResolver conflicts) {
        requireEditable();
        requireEditor(actor, ProjectSection.INDICATORS, command);
        detect(conflicts, "indicator:" + command.indicatorId());
        requireIndicator(command.indicatorId());
        apply(new IndicatorRemovedEvent(projectId, command.indicatorId()));
    }

    @CommandHandler
    void handle(AttachProjectDocumentCommand command, Actor actor) {
        if (status.isFinal()) {
            throw new DomainRuleViolation("project.error.wrongState", null, status);
        }
        if (!actor.isSupervisor() && !actor.isStaffOf(clusterId) && !isParticipantMember(actor)) {
            throw refused(actor, command);
        }
        if (attachments.contains(command.attachmentId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "attachmentId");
        }
        apply(new ProjectDocumentAttachedEvent(projectId, command.attachmentId(), command.category(),
                command.fileName().strip(), command.contentType(), command.size(), command.sha256()));
    }

    // ---- application and review -----------------------------------------------------------------------------

    @CommandHandler
    void handle(SubmitProjectCommand command, Actor actor, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.DRAFT, ProjectStatus.RETURNED);
        requireStaff(actor, command);
        if (!hasAims) {
            throw new DomainRuleViolation("project.error.incomplete.aims", "aims");
        }
        if (!hasContent) {
            throw new DomainRuleViolation("project.error.incomplete.content", "content");
        }
        if (budgetLines.isEmpty()) {
            throw new DomainRuleViolation("project.error.incomplete.budget", "budget");
        }
        if (milestones.isEmpty()) {
            throw new DomainRuleViolation("project.error.incomplete.milestones", "milestones");
        }
        if (indicators.isEmpty()) {
            throw new DomainRuleViolation("project.error.incomplete.indicators", "indicators");
        }
        LocalDate due = today().plusDays(CITY_REVIEW_DAYS);
        apply(new ProjectSubmittedEvent(projectId, city, due));
        deadlines.schedule(endOf(due), Deadlines.CITY_REVIEW, new DeadlinePayload(due, null));
    }

    @CommandHandler
    void handle(RecommendProjectCommand command, Actor actor, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.SUBMITTED);
        requireCoordinator(actor, command);
        deadlines.cancelAllWithinScope(Deadlines.CITY_REVIEW);
        apply(new ProjectRecommendedEvent(projectId, city, command.opinion().strip()));
    }

    @CommandHandler
    void handle(ReturnProjectCommand command, Actor actor, DeadlineManager deadlines) {
        ReviewStage stage;
        if (status == ProjectStatus.SUBMITTED) {
            requireCoordinator(actor, command);
            deadlines.cancelAllWithinScope(Deadlines.CITY_REVIEW);
            stage = ReviewStage.CITY_REVIEW;
        } else if (status == ProjectStatus.AWAITING_DECISION) {
            if (!actor.isSupervisor()) {
                throw refused(actor, command);
            }
            stage = ReviewStage.PROVINCIAL_DECISION;
        } else {
            throw new DomainRuleViolation("project.error.wrongState", null, status);
        }
        apply(new ProjectReturnedEvent(projectId, stage, command.comments().strip()));
    }

    @CommandHandler
    void handle(DrawExpertPanelCommand command, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.RECOMMENDED, ProjectStatus.EXPERT_REVIEW);
        boolean firstDraw = status == ProjectStatus.RECOMMENDED;
        List<ScoringCriterion> drawCriteria = firstDraw ? List.copyOf(command.criteria()) : criteria;
        if (firstDraw) {
            if (drawCriteria.stream().mapToInt(ScoringCriterion::weight).sum() != 100) {
                throw new DomainRuleViolation("project.error.weightsNot100", "criteria");
            }
            if (drawCriteria.stream().map(ScoringCriterion::key).distinct().count() != drawCriteria.size()) {
                throw new DomainRuleViolation("project.error.duplicateCriterion", "criteria");
            }
        }
        if (command.dueDate().isBefore(today())) {
            throw new DomainRuleViolation("project.error.dateInPast", "dueDate");
        }
        long active = panel.values().stream().filter(ExpertSeat::active).count();
        int needed = (int) (command.panelSize() - active);
        if (needed <= 0) {
            throw new DomainRuleViolation("project.error.panelFull", "panelSize");
        }
        Set<String> participantNames = participants.keySet();
        List<ExpertCandidate> eligible = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExpertCandidate candidate : command.pool()) {
            if (!seen.add(candidate.username()) || panel.containsKey(candidate.username())) {
                continue;
            }
            if (participantNames.contains(candidate.organization().strip())) {
                excluded.add(candidate.username());
            } else {
                eligible.add(candidate);
            }
        }
        if (eligible.size() < needed) {
            throw new DomainRuleViolation("project.error.poolTooSmall", "pool", eligible.size(), needed);
        }
        // Sorted before shuffling, so that the recorded seed repeats the same draw from the same pool.
        eligible.sort((a, b) -> a.username().compareTo(b.username()));
        Collections.shuffle(eligible, new Random(command.seed()));
        apply(new ExpertPanelDrawnEvent(projectId, List.copyOf(eligible.subList(0, needed)), excluded,
                drawCriteria, command.dueDate(), command.seed(), command.pool().size()));
        deadlines.cancelAllWithinScope(Deadlines.EXPERT_REVIEW);
        deadlines.schedule(endOf(command.dueDate()), Deadlines.EXPERT_REVIEW,
                new DeadlinePayload(command.dueDate(), null));
    }

    @CommandHandler
    void handle(DeclareConflictOfInterestCommand command, Actor actor, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.EXPERT_REVIEW);
        ExpertSeat seat = requireSeat(actor, command);
        if (seat.declared()) {
            throw new DomainRuleViolation("project.error.alreadyDeclared", null);
        }
        apply(new ExpertConflictDeclaredEvent(projectId, actor.username(), command.conflicted(),
                blankToNull(command.note())));
        completeReviewIfAllLocked(deadlines);
    }

    @CommandHandler
    void handle(LockExpertScoresCommand command, Actor actor, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.EXPERT_REVIEW);
        ExpertSeat seat = requireSeat(actor, command);
        if (!seat.declared() || !seat.active()) {
            throw new DomainRuleViolation("project.error.declareFirst", null);
        }
        if (seat.locked()) {
            throw new DomainRuleViolation("project.error.alreadyLocked", null);
        }
        Set<String> keys = criteria.stream().map(ScoringCriterion::key).collect(Collectors.toSet());
        Set<String> scored = command.scores().stream().map(CriterionScore::criterion).collect(Collectors.toSet());
        if (!keys.equals(scored) || scored.size() != command.scores().size()) {
            throw new DomainRuleViolation("project.error.scoreEveryCriterion", "scores");
        }
        apply(new ExpertScoresLockedEvent(projectId, actor.username(), List.copyOf(command.scores()),
                blankToNull(command.comment())));
        completeReviewIfAllLocked(deadlines);
    }

    private void completeReviewIfAllLocked(DeadlineManager deadlines) {
        List<ExpertSeat> active = panel.values().stream().filter(ExpertSeat::active).toList();
        if (active.size() < MINIMUM_ACTIVE_EXPERTS || !active.stream().allMatch(ExpertSeat::locked)) {
            return;
        }
        List<ExpertResult> results = active.stream().map(seat -> seat.result(criteria)).toList();
        BigDecimal average = results.stream().map(ExpertResult::weightedTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add).divide(BigDecimal.valueOf(results.size()), 2, RoundingMode.HALF_UP);
        deadlines.cancelAllWithinScope(Deadlines.EXPERT_REVIEW);
        apply(new ExpertReviewCompletedEvent(projectId, results, average));
    }

    @CommandHandler
    void handle(ApproveProjectCommand command, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.AWAITING_DECISION);
        if (command.publicityStartsOn().isBefore(today())) {
            throw new DomainRuleViolation("project.error.dateInPast", "publicityStartsOn");
        }
        LocalDate endsOn = addWorkingDays(command.publicityStartsOn(), command.publicityWorkingDays());
        apply(new ProjectApprovedForPublicityEvent(projectId, blankToNull(command.comments()), getVersion(),
                command.publicityStartsOn(), endsOn));
        deadlines.schedule(endOf(endsOn), Deadlines.PUBLICITY, new DeadlinePayload(endsOn, null));
    }

    @CommandHandler
    void handle(RejectProjectCommand command) {
        requireStatus(ProjectStatus.AWAITING_DECISION);
        apply(new ProjectRejectedEvent(projectId, command.reason().strip()));
        leaveLibrary(command.reason());
    }

    @CommandHandler
    void handle(RaiseObjectionCommand command) {
        requireStatus(ProjectStatus.PUBLICITY);
        if (publicityEnded) {
            throw new DomainRuleViolation("project.error.publicityOver", null);
        }
        if (today().isBefore(publicityStartsOn)) {
            throw new DomainRuleViolation("project.error.publicityNotStarted", null, publicityStartsOn);
        }
        if (objectionsAnswered.containsKey(command.objectionId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "objectionId");
        }
        apply(new ObjectionRaisedEvent(projectId, command.objectionId(), command.realName().strip(),
                command.organization().strip(), command.text().strip(), publishedVersion));
    }

    @CommandHandler
    void handle(AnswerObjectionCommand command, Actor actor) {
        requireStatus(ProjectStatus.PUBLICITY);
        requireStaff(actor, command);
        Boolean answered = objectionsAnswered.get(command.objectionId());
        if (answered == null) {
            throw new DomainRuleViolation("project.error.unknownObjection", "objectionId");
        }
        if (answered) {
            throw new DomainRuleViolation("project.error.objectionAnswered", "objectionId");
        }
        apply(new ObjectionAnsweredEvent(projectId, command.objectionId(), command.answer().strip()));
    }

    @CommandHandler
    void handle(ConfirmApprovalCommand command, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.PUBLICITY);
        if (!publicityEnded) {
            throw new DomainRuleViolation("project.error.publicityRunning", null);
        }
        long open = objectionsAnswered.values().stream().filter(answered -> !answered).count();
        if (open > 0) {
            throw new DomainRuleViolation("project.error.objectionsOpen", null, open);
        }
        if (command.libraryState() == LibraryState.EXITED) {
            throw new DomainRuleViolation("project.error.libraryStateInvalid", "libraryState");
        }
        ProjectBaseline baseline = new ProjectBaseline(leadOrganization, personInCharge, startYear, endYear,
                budgetLines.values().stream().map(l -> new BaselineLine(l.lineId(), l.item(), l.source(), l.amount()))
                        .toList(),
                milestones.values().stream().map(m -> new BaselineMilestone(m.milestoneId(), m.title(), m.dueDate()))
                        .toList(),
                List.copyOf(indicators.values()));
        BigDecimal total = sum(budgetLines.values(), line -> true);
        BigDecimal subsidy = sum(budgetLines.values(), line -> line.source() == FundingSource.PROVINCIAL_SUBSIDY);
        apply(new ProjectApprovedEvent(projectId, baseline, total, subsidy));
        apply(new ProjectEnteredLibraryEvent(projectId, command.libraryState(), "approval", false));
        for (Milestone milestone : milestones.values()) {
            deadlines.schedule(endOf(milestone.dueDate()), Deadlines.MILESTONE,
                    new DeadlinePayload(milestone.dueDate(), milestone.milestoneId()));
        }
    }

    @CommandHandler
    void handle(WithdrawProjectCommand command, Actor actor, DeadlineManager deadlines) {
        if (!status.isBeforeApproval()) {
            throw new DomainRuleViolation("project.error.wrongState", null, status);
        }
        requireStaff(actor, command);
        cancelAllDeadlines(deadlines);
        apply(new ProjectWithdrawnEvent(projectId, status, command.reason().strip()));
        leaveLibrary(command.reason());
    }

    // ---- implementation -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ReportMilestoneProgressCommand command, Actor actor) {
        requireUnderway();
        Milestone milestone = requireMilestone(command.milestoneId());
        if (!actor.isStaffOf(clusterId) && !isMemberOf(actor, milestone.ownerOrganization())
                && actor.role() != Role.SYSTEM) {
            throw refused(actor, command);
        }
        if (milestone.completed()) {
            throw new DomainRuleViolation("project.error.milestoneCompleted", "milestoneId");
        }
        for (String evidence : command.evidence()) {
            if (!attachments.contains(evidence)) {
                throw new DomainRuleViolation("project.error.unknownAttachment", "evidence");
            }
        }
        apply(new MilestoneProgressReportedEvent(projectId, command.milestoneId(), command.percentComplete(),
                command.note().strip(), List.copyOf(command.evidence()), command.percentComplete() == 100));
    }

    @CommandHandler
    void handle(RecordExpenditureCommand command, Actor actor) {
        requireUnderway();
        requireLeadSide(actor, command);
        BudgetLine line = requireBudgetLine(command.lineId());
        BigDecimal after = line.spentAfter(money(command.amount()));
        apply(new ExpenditureRecordedEvent(projectId, command.lineId(), money(command.amount()),
                command.note().strip(), after));
    }

    @CommandHandler
    void handle(RequestChangeCommand command, Actor actor) {
        requireUnderway();
        requireLeadSide(actor, command);
        if (knownChangeRequests.contains(command.changeRequestId())) {
            throw new DomainRuleViolation("project.error.duplicateId", "changeRequestId");
        }
        if (pendingChanges.containsValue(command.kind())) {
            throw new DomainRuleViolation("project.error.changePending", "kind");
        }
        ChangeProposal proposal = command.proposal();
        switch (command.kind()) {
            case LEAD_ORGANIZATION -> requireProposed(proposal.leadOrganization(), "proposal.leadOrganization");
            case PERSON_IN_CHARGE -> requireProposed(proposal.personInCharge(), "proposal.personInCharge");
            case PERIOD -> {
                if (proposal.endYear() == null || proposal.endYear() < startYear) {
                    throw new DomainRuleViolation("project.error.proposalMissing", "proposal.endYear");
                }
                requireMilestonesWithin(startYear, proposal.endYear(), "proposal.endYear");
            }
            case CONTENT -> requireProposed(proposal.content(), "proposal.content");
            case BUDGET -> {
                if (proposal.budgetLineAmounts() == null || proposal.budgetLineAmounts().isEmpty()) {
                    throw new DomainRuleViolation("project.error.proposalMissing", "proposal.budgetLineAmounts");
                }
                proposal.budgetLineAmounts().forEach((lineId, amount) -> {
                    BudgetLine line = requireBudgetLine(lineId);
                    if (amount == null || amount.signum() <= 0 || amount.compareTo(line.spent()) < 0) {
                        throw new DomainRuleViolation("project.error.belowSpent", "proposal.budgetLineAmounts",
                                line.item(), line.spent());
                    }
                });
            }
            case INDICATORS -> {
                if (proposal.indicatorTargets() == null || proposal.indicatorTargets().isEmpty()) {
                    throw new DomainRuleViolation("project.error.proposalMissing", "proposal.indicatorTargets");
                }
                proposal.indicatorTargets().keySet().forEach(this::requireIndicator);
            }
        }
        apply(new ChangeRequestedEvent(projectId, command.changeRequestId(), command.kind(),
                command.reason().strip(), onlyFieldsOf(command.kind(), proposal)));
    }

    @CommandHandler
    void handle(DecideChangeRequestCommand command) {
        ChangeKind kind = pendingChanges.get(command.changeRequestId());
        if (kind == null) {
            throw new DomainRuleViolation("project.error.unknownChangeRequest", "changeRequestId");
        }
        requireUnderway();
        if (command.approve()) {
            ChangeRequestedEventProposal proposal = proposals.get(command.changeRequestId());
            apply(new ChangeRequestApprovedEvent(projectId, command.changeRequestId(), kind, proposal.value(),
                    command.comment().strip()));
        } else {
            apply(new ChangeRequestRejectedEvent(projectId, command.changeRequestId(), command.comment().strip()));
        }
    }

    /**
     * The proposal as far as its kind goes: fields of other kinds were not checked, so they are not recorded and can
     * never be applied when the request is approved.
     */
    private static ChangeProposal onlyFieldsOf(ChangeKind kind, ChangeProposal proposal) {
        return switch (kind) {
            case LEAD_ORGANIZATION -> new ChangeProposal(proposal.leadOrganization(), null, null, null, null, null);
            case PERSON_IN_CHARGE -> new ChangeProposal(null, proposal.personInCharge(), null, null, null, null);
            case PERIOD -> new ChangeProposal(null, null, proposal.endYear(), null, null, null);
            case BUDGET -> new ChangeProposal(null, null, null, proposal.budgetLineAmounts(), null, null);
            case CONTENT -> new ChangeProposal(null, null, null, null, proposal.content(), null);
            case INDICATORS -> new ChangeProposal(null, null, null, null, null, proposal.indicatorTargets());
        };
    }

    private final Map<String, ChangeRequestedEventProposal> proposals = new HashMap<>();

    /** A pending change request's proposal, kept so that its approval applies exactly what was requested. */
    record ChangeRequestedEventProposal(ChangeProposal value) {
    }

    @CommandHandler
    void handle(StartMidtermEvaluationCommand command, DeadlineManager deadlines) {
        requireStatus(ProjectStatus.IN_PROGRESS);
        if (command.selfEvaluationDue().isBefore(today())) {
            throw new DomainRuleViolation("project.error.dateInPast", "selfEvaluationDue");
        }
        apply(new MidtermEvaluationStartedEvent(projectId, command.selfEvaluationDue()));
        deadlines.schedule(endOf(command.selfEvaluationDue()), Deadlines.SELF_EVALUATION,
                new DeadlinePayload(command.selfEvaluationDue(), null));
    }

    @CommandHandler
    void handle(SubmitSelfEvaluationCommand command, Actor actor, DeadlineManager deadlines) {
        requireStatus(command.stage() == SelfEvaluationStage.MIDTERM ? ProjectStatus.MIDTERM_EVALUATION
                : ProjectStatus.PERFORMANCE_ASSESSMENT);
        requireLeadSide(actor, command);
        if (selfEvaluated) {
            throw new DomainRuleViolation("project.error.alreadySubmitted", null);
        }
        deadlines.cancelAllWithinScope(Deadlines.SELF_EVALUATION);
        apply(new SelfEvaluationSubmittedEvent(projectId, command.stage(), command.grade(),
                command.summary().strip()));
    }

    @CommandHandler
    void handle(RecordMidtermEvaluationCommand command) {
        requireStatus(ProjectStatus.MIDTERM_EVALUATION);
        if (!selfEvaluated) {
            throw new DomainRuleViolation("project.error.selfEvaluationMissing", null);
        }
        if (command.onSiteCheck() && (command.onSiteFindings() == null || command.onSiteFindings().isBlank())) {
            throw new DomainRuleViolation("project.error.onSiteFindingsMissing", "onSiteFindings");
        }
        apply(new MidtermEvaluationRecordedEvent(projectId, command.grade(), command.comments().strip(),
                command.onSiteCheck(), blankToNull(command.onSiteFindings())));
    }

    @CommandHandler
    void handle(RequestAcceptanceCommand command, Actor actor) {
        requireStatus(ProjectStatus.IN_PROGRESS);
        requireStaff(actor, command);
        apply(new AcceptanceRequestedEvent(projectId, command.summary().strip()));
    }

    @CommandHandler
    void handle(RecordAcceptanceResultCommand command) {
        requireStatus(ProjectStatus.ACCEPTANCE);
        apply(new AcceptanceResultRecordedEvent(projectId, command.result(), command.comments().strip()));
    }

    @CommandHandler
    void handle(CloseProjectCommand command) {
        requireStatus(ProjectStatus.PERFORMANCE_ASSESSMENT);
        if (!selfEvaluated) {
            throw new DomainRuleViolation("project.error.selfEvaluationMissing", null);
        }
        apply(new ProjectClosedEvent(projectId, command.grade(), command.comments().strip()));
    }

    @CommandHandler
    void handle(SuspendProjectCommand command) {
        if (status.isFinal() || status == ProjectStatus.SUSPENDED) {
            throw new DomainRuleViolation("project.error.wrongState", null, status);
        }
        apply(new ProjectSuspendedEvent(projectId, status, command.reason().strip(), command.fundingAction(),
                fundingAmount(command.fundingAction(), command.fundingAmount())));
    }

    @CommandHandler
    void handle(ResumeProjectCommand command) {
        requireStatus(ProjectStatus.SUSPENDED);
        apply(new ProjectResumedEvent(projectId, statusBeforeSuspension, command.reason().strip()));
    }

    @CommandHandler
    void handle(TerminateProjectCommand command, DeadlineManager deadlines) {
        if (status.isFinal()) {
            throw new DomainRuleViolation("project.error.wrongState", null, status);
        }
        cancelAllDeadlines(deadlines);
        apply(new ProjectTerminatedEvent(projectId, status, command.reason().strip(), command.fundingAction(),
                fundingAmount(command.fundingAction(), command.fundingAmount())));
        leaveLibrary(command.reason());
    }

    /**
     * A project that ends (withdrawn, rejected, terminated) leaves the library with the same reason; one added to it
     * before approval (增补) would otherwise stay listed as a reserve project.
     */
    private void leaveLibrary(String reason) {
        if (libraryState != null && libraryState != LibraryState.EXITED) {
            apply(new ProjectLibraryStateChangedEvent(projectId, libraryState, LibraryState.EXITED, reason.strip()));
        }
    }

    // ---- the project library --------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddProjectToLibraryCommand command) {
        if (libraryState != null && libraryState != LibraryState.EXITED) {
            throw new DomainRuleViolation("project.error.alreadyInLibrary", "state", libraryState);
        }
        if (command.state() == LibraryState.EXITED) {
            throw new DomainRuleViolation("project.error.libraryStateInvalid", "state");
        }
        if (status.isFinal() || status.ordinal() < ProjectStatus.RECOMMENDED.ordinal()) {
            throw new DomainRuleViolation("project.error.notReviewedForLibrary", null, status);
        }
        apply(new ProjectEnteredLibraryEvent(projectId, command.state(), command.reason().strip(), true));
    }

    @CommandHandler
    void handle(MoveProjectInLibraryCommand command) {
        if (libraryState == null || libraryState == LibraryState.EXITED) {
            throw new DomainRuleViolation("project.error.notInLibrary", null);
        }
        if (command.to() == libraryState) {
            throw new DomainRuleViolation("project.error.libraryStateUnchanged", "to", libraryState);
        }
        apply(new ProjectLibraryStateChangedEvent(projectId, libraryState, command.to(), command.reason().strip()));
    }

    // ---- deadlines ------------------------------------------------------------------------------------------

    @DeadlineHandler(deadlineName = Deadlines.CITY_REVIEW)
    void cityReviewDue(DeadlinePayload due) {
        if (status == ProjectStatus.SUBMITTED) {
            apply(new ProjectDeadlineMissedEvent(projectId, DeadlineKind.CITY_REVIEW, null, due.dueDate()));
        }
    }

    @DeadlineHandler(deadlineName = Deadlines.EXPERT_REVIEW)
    void expertReviewDue(DeadlinePayload due) {
        if (status == ProjectStatus.EXPERT_REVIEW) {
            apply(new ProjectDeadlineMissedEvent(projectId, DeadlineKind.EXPERT_REVIEW, null, due.dueDate()));
        }
    }

    /**
     * Publicity ends on its date even while the project is suspended: the deadline fires only once, and a project
     * resumed into publicity could otherwise never be approved.
     */
    @DeadlineHandler(deadlineName = Deadlines.PUBLICITY)
    void publicityDue(DeadlinePayload due) {
        boolean inPublicity = status == ProjectStatus.PUBLICITY
                || (status == ProjectStatus.SUSPENDED && statusBeforeSuspension == ProjectStatus.PUBLICITY);
        if (inPublicity && !publicityEnded) {
            apply(new PublicityEndedEvent(projectId, due.dueDate(), objectionsAnswered.size()));
        }
    }

    @DeadlineHandler(deadlineName = Deadlines.MILESTONE)
    void milestoneDue(DeadlinePayload due) {
        Milestone milestone = milestones.get(due.subjectId());
        if (milestone != null && !milestone.completed() && milestone.dueDate().equals(due.dueDate())
                && !status.isFinal()) {
            apply(new ProjectDeadlineMissedEvent(projectId, DeadlineKind.MILESTONE, due.subjectId(), due.dueDate()));
        }
    }

    @DeadlineHandler(deadlineName = Deadlines.SELF_EVALUATION)
    void selfEvaluationDue(DeadlinePayload due) {
        if (status == ProjectStatus.MIDTERM_EVALUATION && !selfEvaluated) {
            apply(new ProjectDeadlineMissedEvent(projectId, DeadlineKind.SELF_EVALUATION, null, due.dueDate()));
        }
    }

    private void cancelAllDeadlines(DeadlineManager deadlines) {
        for (String name : Deadlines.ALL) {
            deadlines.cancelAllWithinScope(name);
        }
    }

    // ---- state ----------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProjectDraftedEvent event) {
        projectId = event.projectId();
        clusterId = event.clusterId().toString();
        city = event.city();
        kind = event.kind();
        leadOrganization = event.leadOrganization();
        personInCharge = event.personInCharge();
        startYear = event.startYear();
        endYear = event.endYear();
        status = ProjectStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ProjectOverviewRevisedEvent event) {
        kind = event.kind();
        personInCharge = event.personInCharge();
        startYear = event.startYear();
        endYear = event.endYear();
    }

    @EventSourcingHandler
    void on(ProjectSectionRevisedEvent event) {
        if (event.section() == ProjectSection.AIMS) {
            hasAims = !event.text().isBlank();
        } else {
            hasContent = !event.text().isBlank();
        }
    }

    @EventSourcingHandler
    void on(ParticipantAddedEvent event) {
        participants.put(event.organization(), new Participant(event.city(), event.role(), event.sections()));
    }

    @EventSourcingHandler
    void on(SectionsAssignedEvent event) {
        participants.computeIfPresent(event.organization(),
                (name, p) -> new Participant(p.city(), p.role(), event.sections()));
    }

    @EventSourcingHandler
    void on(ParticipantRemovedEvent event) {
        participants.remove(event.organization());
    }

    @EventSourcingHandler
    void on(BudgetLineAddedEvent event) {
        budgetLines.put(event.lineId(), new BudgetLine(event.lineId(), event.item(), event.source(), event.amount()));
    }

    @EventSourcingHandler
    void on(BudgetLineRemovedEvent event) {
        budgetLines.remove(event.lineId());
    }

    @EventSourcingHandler
    void on(MilestoneAddedEvent event) {
        milestones.put(event.milestoneId(), new Milestone(event.milestoneId(), event.title(), event.dueDate(),
                event.ownerOrganization()));
    }

    @EventSourcingHandler
    void on(MilestoneRemovedEvent event) {
        milestones.remove(event.milestoneId());
    }

    @EventSourcingHandler
    void on(IndicatorAddedEvent event) {
        indicators.put(event.indicatorId(), new BaselineIndicator(event.indicatorId(), event.name(), event.unit(),
                event.targetValue()));
    }

    @EventSourcingHandler
    void on(IndicatorRevisedEvent event) {
        indicators.put(event.indicatorId(), new BaselineIndicator(event.indicatorId(), event.name(), event.unit(),
                event.targetValue()));
    }

    @EventSourcingHandler
    void on(IndicatorRemovedEvent event) {
        indicators.remove(event.indicatorId());
    }

    @EventSourcingHandler
    void on(ProjectDocumentAttachedEvent event) {
        attachments.add(event.attachmentId());
    }

    @EventSourcingHandler
    void on(ProjectSubmittedEvent event) {
        status = ProjectStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ProjectRecommendedEvent event) {
        status = ProjectStatus.RECOMMENDED;
    }

    @EventSourcingHandler
    void on(ProjectReturnedEvent event) {
        status = ProjectStatus.RETURNED;
        panel.clear();
        criteria = List.of();
        reviewComplete = false;
    }

    @EventSourcingHandler
    void on(ExpertPanelDrawnEvent event) {
        status = ProjectStatus.EXPERT_REVIEW;
        criteria = event.criteria();
        for (ExpertCandidate expert : event.drawn()) {
            panel.put(expert.username(), new ExpertSeat(expert.username(), expert.displayName(),
                    expert.organization()));
        }
    }

    @EventSourcingHandler
    void on(ExpertConflictDeclaredEvent event) {
        panel.get(event.expert()).declare(event.conflicted());
    }

    @EventSourcingHandler
    void on(ExpertScoresLockedEvent event) {
        panel.get(event.expert()).lock(event.scores(), event.comment());
    }

    @EventSourcingHandler
    void on(ExpertReviewCompletedEvent event) {
        reviewComplete = true;
        status = ProjectStatus.AWAITING_DECISION;
    }

    @EventSourcingHandler
    void on(ProjectApprovedForPublicityEvent event) {
        status = ProjectStatus.PUBLICITY;
        publishedVersion = event.publishedVersion();
        publicityStartsOn = event.publicityStartsOn();
        publicityEnded = false;
        objectionsAnswered.clear();
    }

    @EventSourcingHandler
    void on(ProjectRejectedEvent event) {
        status = ProjectStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ObjectionRaisedEvent event) {
        objectionsAnswered.put(event.objectionId(), false);
    }

    @EventSourcingHandler
    void on(ObjectionAnsweredEvent event) {
        objectionsAnswered.put(event.objectionId(), true);
    }

    @EventSourcingHandler
    void on(PublicityEndedEvent event) {
        publicityEnded = true;
    }

    @EventSourcingHandler
    void on(ProjectApprovedEvent event) {
        status = ProjectStatus.IN_PROGRESS;
        budgetLines.values().forEach(BudgetLine::approve);
    }

    @EventSourcingHandler
    void on(ProjectEnteredLibraryEvent event) {
        libraryState = event.state();
    }

    @EventSourcingHandler
    void on(ProjectLibraryStateChangedEvent event) {
        libraryState = event.to();
    }

    @EventSourcingHandler
    void on(ProjectWithdrawnEvent event) {
        status = ProjectStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ChangeRequestedEvent event) {
        knownChangeRequests.add(event.changeRequestId());
        pendingChanges.put(event.changeRequestId(), event.kind());
        proposals.put(event.changeRequestId(), new ChangeRequestedEventProposal(event.proposal()));
    }

    @EventSourcingHandler
    void on(ChangeRequestApprovedEvent event) {
        pendingChanges.remove(event.changeRequestId());
        proposals.remove(event.changeRequestId());
        ChangeProposal proposal = event.proposal();
        switch (event.kind()) {
            case LEAD_ORGANIZATION -> {
                Participant oldLead = participants.get(leadOrganization);
                if (oldLead != null) {
                    participants.put(leadOrganization, new Participant(oldLead.city(), ParticipantRole.PARTNER,
                            oldLead.sections()));
                }
                leadOrganization = proposal.leadOrganization().strip();
                Participant newLead = participants.get(leadOrganization);
                participants.put(leadOrganization, new Participant(newLead == null ? city : newLead.city(),
                        ParticipantRole.LEAD, EnumSet.allOf(ProjectSection.class)));
            }
            case PERSON_IN_CHARGE -> personInCharge = proposal.personInCharge().strip();
            case PERIOD -> endYear = proposal.endYear();
            case INDICATORS -> proposal.indicatorTargets().forEach((id, target) -> indicators.computeIfPresent(id,
                    (key, old) -> new BaselineIndicator(id, old.name(), old.unit(), target)));
            case BUDGET -> proposal.budgetLineAmounts().forEach((lineId, amount) -> budgetLines.get(lineId)
                    .changeApproved(amount));
            case CONTENT -> {
                // Content is display data.
            }
        }
    }

    @EventSourcingHandler
    void on(ChangeRequestRejectedEvent event) {
        pendingChanges.remove(event.changeRequestId());
        proposals.remove(event.changeRequestId());
    }

    @EventSourcingHandler
    void on(MidtermEvaluationStartedEvent event) {
        status = ProjectStatus.MIDTERM_EVALUATION;
        selfEvaluated = false;
    }

    @EventSourcingHandler
    void on(SelfEvaluationSubmittedEvent event) {
        selfEvaluated = true;
    }

    @EventSourcingHandler
    void on(MidtermEvaluationRecordedEvent event) {
        status = ProjectStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AcceptanceRequestedEvent event) {
        status = ProjectStatus.ACCEPTANCE;
    }

    @EventSourcingHandler
    void on(AcceptanceResultRecordedEvent event) {
        if (event.result() == AcceptanceResult.FAIL) {
            status = ProjectStatus.IN_PROGRESS;
        } else {
            status = ProjectStatus.PERFORMANCE_ASSESSMENT;
            selfEvaluated = false;
        }
    }

    @EventSourcingHandler
    void on(ProjectClosedEvent event) {
        status = ProjectStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ProjectSuspendedEvent event) {
        statusBeforeSuspension = event.from();
        status = ProjectStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(ProjectResumedEvent event) {
        status = event.to();
        statusBeforeSuspension = null;
    }

    @EventSourcingHandler
    void on(ProjectTerminatedEvent event) {
        status = ProjectStatus.TERMINATED;
    }

    /** A period may not shrink past a milestone that is still to come: its due date would lie outside. */
    private void requireMilestonesWithin(int fromYear, int toYear, String field) {
        for (Milestone milestone : milestones.values()) {
            int year = milestone.dueDate().getYear();
            if (!milestone.completed() && (year < fromYear || year > toYear)) {
                throw new DomainRuleViolation("project.error.periodExcludesMilestone", field, milestone.title(),
                        milestone.dueDate());
            }
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /**
     * Refuses the edit if an event the editor did not see changed the same part. Other parts' changes pass: the
     * editor's version is only used for this comparison.
     */
    private void detect(ConflictResolver conflicts, String part) {
        conflicts.detectConflicts(unseen -> unseen.stream().anyMatch(e -> part.equals(partOf(e.getPayload()))),
                (ConflictDescription description) -> conflictOn(part, description));
    }

    private static EditConflict conflictOn(String part, ConflictDescription description) {
        DomainEventMessage<?> theirs = null;
        for (DomainEventMessage<?> unseen : description.unexpectedEvents()) {
            if (part.equals(partOf(unseen.getPayload()))) {
                theirs = unseen;
            }
        }
        Object name = theirs.getMetaData().getOrDefault(MetaDataKeys.DISPLAY_NAME,
                theirs.getMetaData().getOrDefault(MetaDataKeys.USERNAME, "?"));
        return new EditConflict(part, description.actualVersion(), theirs.getPayload(), String.valueOf(name),
                theirs.getTimestamp());
    }

    /** The editable part an event changed, or null. Screens use the same keys (see {@code ProjectView.parts}). */
    static final String PARTICIPANT = "participant:";

    static String partOf(Object payload) {
        if (payload instanceof ProjectOverviewRevisedEvent) {
            return "overview";
        } else if (payload instanceof ProjectSectionRevisedEvent e) {
            return "section:" + e.section();
        } else if (payload instanceof BudgetLineRevisedEvent e) {
            return "budget:" + e.lineId();
        } else if (payload instanceof BudgetLineRemovedEvent e) {
            return "budget:" + e.lineId();
        } else if (payload instanceof MilestoneRevisedEvent e) {
            return "milestone:" + e.milestoneId();
        } else if (payload instanceof MilestoneRemovedEvent e) {
            return "milestone:" + e.milestoneId();
        } else if (payload instanceof IndicatorRevisedEvent e) {
            return "indicator:" + e.indicatorId();
        } else if (payload instanceof IndicatorRemovedEvent e) {
            return "indicator:" + e.indicatorId();
        } else if (payload instanceof ParticipantAddedEvent e) {
            return PARTICIPANT + e.organization();
        } else if (payload instanceof SectionsAssignedEvent e) {
            return PARTICIPANT + e.organization();
        } else if (payload instanceof ParticipantRemovedEvent e) {
            return PARTICIPANT + e.organization();
        }
        return null;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainRuleViolation("project.error.notEditable", null, status);
        }
    }

    private void requireStatus(ProjectStatus... allowed) {
        for (ProjectStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainRuleViolation("project.error.wrongState", null, status);
    }

    private void requireUnderway() {
        if (!status.isUnderway()) {
            throw new DomainRuleViolation("project.error.notUnderway", null, status);
        }
    }

    private void requireStaff(Actor actor, Object command) {
        if (!actor.isStaffOf(clusterId) && actor.role() != Role.SYSTEM
                && !(actor.role() == Role.SUPERVISOR && command instanceof AnswerObjectionCommand)) {
            throw refused(actor, command);
        }
    }

    /** Promotion staff of the cluster edit every part; a participating member only the sections given to it. */
    private void requireEditor(Actor actor, ProjectSection section, Object command) {
        if (actor.isStaffOf(clusterId) || actor.role() == Role.SYSTEM) {
            return;
        }
        Participant participant = actor.role() == Role.MEMBER ? participants.get(actor.organization()) : null;
        if (participant == null || !participant.sections().contains(section)) {
            throw refused(actor, command);
        }
    }

    /** Promotion staff of the cluster, or a member of the lead organization. */
    private void requireLeadSide(Actor actor, Object command) {
        if (!actor.isStaffOf(clusterId) && !isMemberOf(actor, leadOrganization) && actor.role() != Role.SYSTEM) {
            throw refused(actor, command);
        }
    }

    private void requireCoordinator(Actor actor, Object command) {
        if (!(actor.role() == Role.CITY_COORDINATOR && actor.city() == city) && actor.role() != Role.SYSTEM) {
            throw refused(actor, command);
        }
    }

    private ExpertSeat requireSeat(Actor actor, Object command) {
        ExpertSeat seat = actor.role() == Role.EXPERT ? panel.get(actor.username()) : null;
        if (seat == null) {
            throw refused(actor, command);
        }
        return seat;
    }

    private boolean isParticipantMember(Actor actor) {
        return actor.role() == Role.MEMBER && participants.containsKey(actor.organization());
    }

    private static boolean isMemberOf(Actor actor, String organization) {
        return actor.role() == Role.MEMBER && organization.equals(actor.organization());
    }

    private static AccessRefused refused(Actor actor, Object command) {
        return new AccessRefused(command.getClass().getSimpleName(), actor.username());
    }

    private Participant requireParticipant(String organization) {
        Participant participant = participants.get(organization);
        if (participant == null) {
            throw new DomainRuleViolation("project.error.unknownParticipant", "organization", organization);
        }
        return participant;
    }

    private BudgetLine requireBudgetLine(String lineId) {
        BudgetLine line = budgetLines.get(lineId);
        if (line == null) {
            throw new DomainRuleViolation("project.error.unknownBudgetLine", "lineId");
        }
        return line;
    }

    private Milestone requireMilestone(String milestoneId) {
        Milestone milestone = milestones.get(milestoneId);
        if (milestone == null) {
            throw new DomainRuleViolation("project.error.unknownMilestone", "milestoneId");
        }
        return milestone;
    }

    private void requireIndicator(String indicatorId) {
        if (!indicators.containsKey(indicatorId)) {
            throw new DomainRuleViolation("project.error.unknownIndicator", "indicatorId");
        }
    }

    private void requireMilestoneFits(LocalDate dueDate, String ownerOrganization) {
        if (dueDate.getYear() < startYear || dueDate.getYear() > endYear) {
            throw new DomainRuleViolation("project.error.milestoneOutsidePeriod", "dueDate", startYear, endYear);
        }
        if (!participants.containsKey(ownerOrganization)) {
            throw new DomainRuleViolation("project.error.unknownParticipant", "ownerOrganization", ownerOrganization);
        }
    }

    private static void requireYears(int startYear, int endYear) {
        if (endYear < startYear) {
            throw new DomainRuleViolation("project.error.yearsReversed", "endYear");
        }
    }

    private static void requireProposed(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("project.error.proposalMissing", field);
        }
    }

    private static Set<ProjectSection> sectionsOf(Set<ProjectSection> sections) {
        return sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal fundingAmount(FundingAction action, BigDecimal amount) {
        if (action == FundingAction.REDUCE || action == FundingAction.RECOVER) {
            if (amount == null || amount.signum() <= 0) {
                throw new DomainRuleViolation("project.error.fundingAmountMissing", "fundingAmount");
            }
            return money(amount);
        }
        return null;
    }

    private static BigDecimal sum(Iterable<BudgetLine> lines, java.util.function.Predicate<BudgetLine> which) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BudgetLine line : lines) {
            if (which.test(line)) {
                total = total.add(line.amount());
            }
        }
        return total;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), SHANGHAI);
    }

    /** The end of a due date in Shanghai: a deadline falls due when that day is over. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    /** The last day of a period of working days (Monday to Friday) that starts on {@code start}. */
    static LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
                if (counted == workingDays) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }
}
