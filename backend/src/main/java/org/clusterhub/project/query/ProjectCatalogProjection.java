package org.clusterhub.project.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.ReadModelWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The project catalog: each project as its screen shows it ({@code projects}) and the project library's lean rows
 * ({@code project_library}), with the cluster names learned from the cluster context's events.
 *
 * <p>Replay-safe: each project's document carries the version of the last event applied, and an event at or below
 * it changes nothing. The library row is written before the project document, both guarded by the version, so that
 * a crash between the two leaves the project document behind and the redelivered event completes both.
 *
 * <p>Sealed: an expert's scores never enter this read model before the review completes. Seats record only that an
 * expert declared and locked; {@link ExpertReviewCompletedEvent} brings every result at once.
 */
@Component
@ProcessingGroup("project-catalog")
class ProjectCatalogProjection {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int MAX_PAGE = 500;

    private final MongoTemplate mongo;
    private final ProjectLibraryQueries library;
    private final BatchedDocuments<ProjectDocument> projects;

    @Autowired
    ProjectCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.library = new ProjectLibraryQueries(mongo);
        this.projects = new BatchedDocuments<>("projects", id -> mongo.findById(id, ProjectDocument.class),
                this::write);
    }

    /**
     * The same projection over documents in {@code memory}, for rebuilding a project as it was at a point of its
     * history: the same handlers, so that the past looks exactly as the live screen showed it.
     */
    private ProjectCatalogProjection(MongoTemplate mongo, Map<String, ProjectDocument> memory) {
        this.mongo = mongo;
        this.library = new ProjectLibraryQueries(mongo);
        this.projects = BatchedDocuments.immediate(memory::get, doc -> memory.put(doc.id, doc));
    }

    static ProjectCatalogProjection inMemory(MongoTemplate mongo, Map<String, ProjectDocument> memory) {
        return new ProjectCatalogProjection(mongo, memory);
    }

    // ---- clusters (names only) -------------------------------------------------------------------------------

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        try {
            mongo.insert(new ClusterNameDocument(event.clusterId().toString(), event.nameZh(), event.nameEn()));
        } catch (DuplicateKeyException alreadyKnown) {
            // Redelivered: the name is already there, and clusters are never renamed.
        }
    }

    // ---- drafting ------------------------------------------------------------------------------------------------

    @EventHandler
    void on(ProjectDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        if (projects.get(event.projectId().toString()) != null) {
            return;
        }
        PartStamp stamp = stamp(sequence, at, meta);
        ProjectDocument doc = new ProjectDocument();
        doc.id = event.projectId().toString();
        doc.version = sequence;
        doc.clusterId = event.clusterId().toString();
        doc.kind = event.kind();
        doc.title = event.title();
        doc.leadOrganization = event.leadOrganization();
        doc.city = event.city();
        doc.personInCharge = event.personInCharge();
        doc.startYear = event.startYear();
        doc.endYear = event.endYear();
        doc.status = ProjectStatus.DRAFT;
        doc.lastChangedAt = at;
        // The overview and both text sections exist from the start: an editor of an untouched part sends its edit
        // against the draft's first version.
        doc.stamp("overview", stamp);
        doc.stamp("section:" + ProjectSection.AIMS, stamp);
        doc.stamp("section:" + ProjectSection.CONTENT, stamp);
        projects.add(doc.id, doc);
        projects.changed();
    }

    @EventHandler
    void on(ProjectOverviewRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.kind = event.kind();
            doc.title = event.title();
            doc.personInCharge = event.personInCharge();
            doc.startYear = event.startYear();
            doc.endYear = event.endYear();
            doc.stamp("overview", stamp);
        });
    }

    @EventHandler
    void on(ProjectSectionRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            if (event.section() == ProjectSection.AIMS) {
                doc.aims = event.text();
            } else if (event.section() == ProjectSection.CONTENT) {
                doc.content = event.text();
            }
            doc.stamp("section:" + event.section(), stamp);
        });
    }

    @EventHandler
    void on(ParticipantAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.participant(event.organization(), event.city(), event.role(), sections(event.sections()));
            doc.stamp("participant:" + event.organization(), stamp);
        });
    }

    @EventHandler
    void on(SectionsAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ParticipantView participant = doc.participant(event.organization());
            if (participant != null) {
                doc.participant(participant.organization(), participant.city(), participant.role(),
                        sections(event.sections()));
            }
            doc.stamp("participant:" + event.organization(), stamp);
        });
    }

    @EventHandler
    void on(ParticipantRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.participants = new ArrayList<>(doc.participants.stream()
                    .filter(p -> !p.organization().equals(event.organization())).toList());
            doc.unstamp("participant:" + event.organization());
        });
    }

    @EventHandler
    void on(BudgetLineAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Line line = new ProjectDocument.Line();
            line.lineId = event.lineId();
            line.item = event.item();
            line.source = event.source();
            line.amount = ProjectDocument.money(event.amount());
            doc.budgetLines.add(line);
            doc.stamp("budget:" + event.lineId(), stamp);
        });
    }

    @EventHandler
    void on(BudgetLineRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Line line = doc.line(event.lineId());
            if (line != null) {
                line.item = event.item();
                line.source = event.source();
                line.amount = ProjectDocument.money(event.amount());
            }
            doc.stamp("budget:" + event.lineId(), stamp);
        });
    }

    @EventHandler
    void on(BudgetLineRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.budgetLines.removeIf(line -> line.lineId.equals(event.lineId()));
            doc.unstamp("budget:" + event.lineId());
        });
    }

    @EventHandler
    void on(MilestoneAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Step step = new ProjectDocument.Step();
            step.milestoneId = event.milestoneId();
            step.title = event.title();
            step.dueDate = event.dueDate();
            step.deliverable = event.deliverable();
            step.ownerOrganization = event.ownerOrganization();
            doc.milestones.add(step);
            doc.stamp("milestone:" + event.milestoneId(), stamp);
        });
    }

    @EventHandler
    void on(MilestoneRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Step step = doc.milestone(event.milestoneId());
            if (step != null) {
                step.title = event.title();
                step.dueDate = event.dueDate();
                step.deliverable = event.deliverable();
                step.ownerOrganization = event.ownerOrganization();
            }
            doc.stamp("milestone:" + event.milestoneId(), stamp);
        });
    }

    @EventHandler
    void on(MilestoneRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.milestones.removeIf(step -> step.milestoneId.equals(event.milestoneId()));
            doc.unstamp("milestone:" + event.milestoneId());
        });
    }

    @EventHandler
    void on(IndicatorAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.indicator(new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.targetValue()));
            doc.stamp("indicator:" + event.indicatorId(), stamp);
        });
    }

    @EventHandler
    void on(IndicatorRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.indicator(new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.targetValue()));
            doc.stamp("indicator:" + event.indicatorId(), stamp);
        });
    }

    @EventHandler
    void on(IndicatorRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.indicators = new ArrayList<>(doc.indicators.stream()
                    .filter(i -> !i.indicatorId().equals(event.indicatorId())).toList());
            doc.unstamp("indicator:" + event.indicatorId());
        });
    }

    @EventHandler
    void on(ProjectDocumentAttachedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> doc.attachments.add(new AttachmentView(
                event.attachmentId(), event.category(), event.fileName(), event.contentType(), event.size(),
                event.sha256(), stamp.byName(), at, sequence)));
    }

    // ---- application and review ----------------------------------------------------------------------------------

    @EventHandler
    void on(ProjectSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.SUBMITTED;
            doc.done(DeadlineKind.CITY_REVIEW.name());
        });
    }

    @EventHandler
    void on(ProjectRecommendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.RECOMMENDED;
            doc.done(DeadlineKind.CITY_REVIEW.name());
            doc.note(ProjectRecommendedEvent.class.getSimpleName(), event.opinion(), stamp);
        });
    }

    @EventHandler
    void on(ProjectReturnedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.RETURNED;
            // A returned project is reviewed again from the start: the aggregate forgets its panel too.
            doc.review = null;
            doc.done(DeadlineKind.CITY_REVIEW.name());
            doc.done(DeadlineKind.EXPERT_REVIEW.name());
            doc.note(ProjectReturnedEvent.class.getSimpleName(), event.comments(), stamp);
        });
    }

    @EventHandler
    void on(ExpertPanelDrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.EXPERT_REVIEW;
            if (doc.review == null) {
                doc.review = new ProjectDocument.Review();
            }
            doc.review.criteria = new ArrayList<>(event.criteria());
            doc.review.dueDate = event.dueDate();
            doc.review.seed = event.seed();
            for (ExpertCandidate expert : event.drawn()) {
                if (doc.seat(expert.username()) == null) {
                    doc.review.seats.add(ProjectDocument.seatOf(expert));
                }
            }
            event.excluded().stream().filter(name -> !doc.review.excluded.contains(name))
                    .forEach(doc.review.excluded::add);
            doc.done(DeadlineKind.EXPERT_REVIEW.name());
        });
    }

    @EventHandler
    void on(ExpertConflictDeclaredEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Seat seat = doc.seat(event.expert());
            if (seat != null) {
                seat.declared = true;
                seat.conflicted = event.conflicted();
            }
        });
    }

    /** Only that the expert locked: the scores and comment are sealed until the review completes. */
    @EventHandler
    void on(ExpertScoresLockedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Seat seat = doc.seat(event.expert());
            if (seat != null) {
                seat.locked = true;
            }
        });
    }

    @EventHandler
    void on(ExpertReviewCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.AWAITING_DECISION;
            if (doc.review == null) {
                doc.review = new ProjectDocument.Review();
            }
            doc.review.results = new ArrayList<>(event.results());
            doc.review.averageScore = event.averageScore();
            doc.done(DeadlineKind.EXPERT_REVIEW.name());
        });
    }

    @EventHandler
    void on(ProjectApprovedForPublicityEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.PUBLICITY;
            doc.publicity = new ProjectDocument.Publicity();
            doc.publicity.publishedVersion = event.publishedVersion();
            doc.publicity.startsOn = event.publicityStartsOn();
            doc.publicity.endsOn = event.publicityEndsOn();
            doc.note(ProjectApprovedForPublicityEvent.class.getSimpleName(), event.comments(), stamp);
        });
    }

    @EventHandler
    void on(ProjectRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.REJECTED;
            doc.overdue.clear();
            doc.note(ProjectRejectedEvent.class.getSimpleName(), event.reason(), stamp);
        });
    }

    @EventHandler
    void on(ObjectionRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            if (doc.publicity != null) {
                doc.publicity.objections.add(new ObjectionView(event.objectionId(), event.realName(),
                        event.organization(), event.text(), event.publishedVersion(), null, at));
            }
        });
    }

    @EventHandler
    void on(ObjectionAnsweredEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            if (doc.publicity != null) {
                doc.publicity.objections = new ArrayList<>(doc.publicity.objections.stream()
                        .map(o -> o.objectionId().equals(event.objectionId()) ? new ObjectionView(o.objectionId(),
                                o.realName(), o.organization(), o.text(), o.publishedVersion(), event.answer(),
                                o.raisedAt()) : o)
                        .toList());
            }
        });
    }

    @EventHandler
    void on(PublicityEndedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            if (doc.publicity != null) {
                doc.publicity.ended = true;
            }
        });
    }

    @EventHandler
    void on(ProjectApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.IN_PROGRESS;
            doc.baseline = event.baseline();
            Map<String, BigDecimal> approved = event.baseline().budgetLines().stream()
                    .collect(Collectors.toMap(BaselineLine::lineId, BaselineLine::amount, (a, b) -> b));
            for (ProjectDocument.Line line : doc.budgetLines) {
                line.approvedAmount = ProjectDocument.money(approved.getOrDefault(line.lineId, line.amount));
            }
            doc.approvedBudget = ProjectDocument.money(event.approvedBudget());
            doc.provincialSubsidy = ProjectDocument.money(event.provincialSubsidy());
        });
    }

    @EventHandler
    void on(ProjectEnteredLibraryEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.libraryState = event.state();
            if (event.supplementary()) {
                doc.note(ProjectEnteredLibraryEvent.class.getSimpleName(), event.reason(), stamp);
            }
        });
    }

    @EventHandler
    void on(ProjectLibraryStateChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.libraryState = event.to();
            doc.note(ProjectLibraryStateChangedEvent.class.getSimpleName(), event.reason(), stamp);
        });
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.WITHDRAWN;
            doc.overdue.clear();
            doc.note(ProjectWithdrawnEvent.class.getSimpleName(), event.reason(), stamp);
        });
    }

    // ---- implementation -------------------------------------------------------------------------------------------

    @EventHandler
    void on(MilestoneProgressReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Step step = doc.milestone(event.milestoneId());
            if (step != null) {
                step.percentComplete = event.percentComplete();
                step.completed = event.completed();
                step.lastReport = event.note();
            }
            if (event.completed()) {
                doc.done("MILESTONE:" + event.milestoneId());
            }
        });
    }

    @EventHandler
    void on(ExpenditureRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Line line = doc.line(event.lineId());
            if (line != null) {
                line.spent = ProjectDocument.money(event.spentOnLine());
            }
        });
    }

    @EventHandler
    void on(ChangeRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            if (doc.change(event.changeRequestId()) != null) {
                return;
            }
            ProjectDocument.Change change = new ProjectDocument.Change();
            change.changeRequestId = event.changeRequestId();
            change.kind = event.kind();
            change.reason = event.reason();
            change.proposal = event.proposal() == null ? null : ProjectDocument.Proposal.of(event.proposal());
            change.requestedBy = stamp.byName();
            change.requestedAt = at;
            doc.changeRequests.add(change);
        });
    }

    /** The current plan takes the change; the baseline stays as approved, for comparison. */
    @EventHandler
    void on(ChangeRequestApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Change change = doc.change(event.changeRequestId());
            if (change != null) {
                change.decision = "APPROVED";
                change.comment = event.comment();
            }
            ChangeProposal proposal = event.proposal();
            switch (event.kind()) {
                case LEAD_ORGANIZATION -> doc.makeLead(proposal.leadOrganization().strip());
                case PERSON_IN_CHARGE -> doc.personInCharge = proposal.personInCharge().strip();
                case PERIOD -> doc.endYear = proposal.endYear();
                case CONTENT -> doc.content = proposal.content();
                case BUDGET -> {
                    proposal.budgetLineAmounts().forEach((lineId, amount) -> {
                        ProjectDocument.Line line = doc.line(lineId);
                        if (line != null) {
                            line.amount = ProjectDocument.money(amount);
                            line.approvedAmount = line.amount;
                        }
                    });
                    doc.recomputeApprovedSums();
                }
                case INDICATORS -> proposal.indicatorTargets().forEach((indicatorId, target) -> doc.indicators
                        .stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst()
                        .ifPresent(i -> doc.indicator(new IndicatorView(i.indicatorId(), i.name(), i.unit(),
                                target))));
            }
        });
    }

    @EventHandler
    void on(ChangeRequestRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            ProjectDocument.Change change = doc.change(event.changeRequestId());
            if (change != null) {
                change.decision = "REJECTED";
                change.comment = event.comment();
            }
        });
    }

    @EventHandler
    void on(MidtermEvaluationStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> doc.status = ProjectStatus.MIDTERM_EVALUATION);
    }

    @EventHandler
    void on(SelfEvaluationSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.done(DeadlineKind.SELF_EVALUATION.name());
            doc.note(SelfEvaluationSubmittedEvent.class.getSimpleName() + ":" + event.stage(), event.summary(),
                    stamp);
        });
    }

    @EventHandler
    void on(MidtermEvaluationRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.IN_PROGRESS;
            doc.note(MidtermEvaluationRecordedEvent.class.getSimpleName(), event.comments()
                    + (event.onSiteFindings() == null ? "" : "\n" + event.onSiteFindings()), stamp);
        });
    }

    @EventHandler
    void on(AcceptanceRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.ACCEPTANCE;
            doc.note(AcceptanceRequestedEvent.class.getSimpleName(), event.summary(), stamp);
        });
    }

    @EventHandler
    void on(AcceptanceResultRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = event.result() == AcceptanceResult.FAIL ? ProjectStatus.IN_PROGRESS
                    : ProjectStatus.PERFORMANCE_ASSESSMENT;
            doc.note(AcceptanceResultRecordedEvent.class.getSimpleName() + ":" + event.result(), event.comments(),
                    stamp);
        });
    }

    @EventHandler
    void on(ProjectClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.CLOSED;
            doc.overdue.clear();
            doc.note(ProjectClosedEvent.class.getSimpleName() + ":" + event.grade(), event.comments(), stamp);
        });
    }

    @EventHandler
    void on(ProjectSuspendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.SUSPENDED;
            doc.note(ProjectSuspendedEvent.class.getSimpleName() + ":" + event.fundingAction(), event.reason(),
                    stamp);
        });
    }

    @EventHandler
    void on(ProjectResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = event.to();
            doc.note(ProjectResumedEvent.class.getSimpleName(), event.reason(), stamp);
        });
    }

    @EventHandler
    void on(ProjectTerminatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> {
            doc.status = ProjectStatus.TERMINATED;
            doc.overdue.clear();
            doc.note(ProjectTerminatedEvent.class.getSimpleName() + ":" + event.fundingAction(), event.reason(),
                    stamp);
        });
    }

    @EventHandler
    void on(ProjectDeadlineMissedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData meta) {
        change(event.projectId(), sequence, at, meta, (doc, stamp) -> doc.overdue(
                event.kind() == DeadlineKind.MILESTONE ? "MILESTONE:" + event.subjectId() : event.kind().name()));
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    /** Applies one event to its project's document, once: an event at or below the document's version is skipped. */
    private void change(ProjectId projectId, long sequence, Instant at, MetaData meta,
                        BiConsumer<ProjectDocument, PartStamp> change) {
        ProjectDocument doc = projects.get(projectId.toString());
        if (doc == null || doc.version >= sequence) {
            return;
        }
        try {
            change.accept(doc, stamp(sequence, at, meta));
        } catch (RuntimeException e) {
            projects.forget(doc.id);
            throw e;
        }
        doc.version = sequence;
        doc.lastChangedAt = at;
        projects.changed();
    }

    /**
     * Writes one changed project: the library row first, so that a node stopping between the two writes leaves the
     * project document at its older version and the redelivered events complete both. By id alone: the embedded
     * server uses its _id index only for a query on exactly _id, and scans the whole collection for
     * {_id, version < n}. One project's events are handled in order by one segment, so nothing comes between the
     * version check on loading and this write.
     */
    private void write(ProjectDocument doc) {
        writeLibrary(doc.toLibrary());
        mongo.save(doc);
    }

    /** Replaces the row if it is older than this version, creates it if missing, else leaves it. */
    private void writeLibrary(ProjectLibraryDocument row) {
        ProjectLibraryDocument stored = mongo.findById(row.id, ProjectLibraryDocument.class);
        if (stored == null || stored.version < row.version) {
            mongo.save(row);
        }
    }

    private static PartStamp stamp(long sequence, Instant at, MetaData meta) {
        Object name = meta.getOrDefault(MetaDataKeys.DISPLAY_NAME, meta.get(MetaDataKeys.USERNAME));
        Object organization = meta.get(MetaDataKeys.ORGANIZATION);
        return new PartStamp(sequence, name == null ? null : name.toString(),
                organization == null ? null : organization.toString(), at);
    }

    private static java.util.Set<ProjectSection> sections(java.util.Set<ProjectSection> sections) {
        return sections == null || sections.isEmpty() ? java.util.Set.of() : EnumSet.copyOf(sections);
    }

    // ---- queries -----------------------------------------------------------------------------------------------

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery q) {
        return ReadModelWait.until(() -> Optional.ofNullable(mongo.findById(q.projectId().toString(),
                                ProjectDocument.class)), doc -> doc.version >= q.atLeastVersion(),
                        q.atLeastVersion() < 0 ? Duration.ZERO : Duration.ofSeconds(3))
                .map(doc -> doc.toView(library.clusterNames(List.of(doc.clusterId)).get(doc.clusterId), today()));
    }

    @QueryHandler
    ProjectPage handle(FindProjectsQuery q) {
        int limit = Math.max(1, Math.min(q.limit(), MAX_PAGE));
        return library.page(q.filter() == null ? ProjectFilter.none() : q.filter(), q.scope(),
                q.sort() == null ? ProjectSort.LAST_CHANGED : q.sort(), q.descending(), Math.max(0, q.offset()),
                limit);
    }

    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), SHANGHAI);
    }
}
