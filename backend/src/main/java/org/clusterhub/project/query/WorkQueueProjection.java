package org.clusterhub.project.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.project.api.*;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * "My work": the open items of each person, by role and scope. For each project it keeps the little state that
 * decides whose turn it is ({@code project_work_state}) and derives the open items from it
 * ({@code project_work_items}); an item disappears when its work is done because it is no longer derived.
 *
 * <p>Replay-safe: the state carries the version of the last event applied; items are written before the state, so
 * that a redelivered event after a crash between the two writes the same items again.
 *
 * <p>{@code WorkItem.subjectId} names the objection ({@code ANSWER_OBJECTION}), change request
 * ({@code DECIDE_CHANGE}) or milestone ({@code REPORT_MILESTONE}), and for {@code SELF_EVALUATION} the stage
 * ({@code MIDTERM} or {@code PERFORMANCE}) to submit; it is null for work on the project as a whole.
 */
@Component
@ProcessingGroup("project-work-queue")
class WorkQueueProjection {

    /** Milestones come onto their owners' lists this many days before they are due. */
    static final int MILESTONE_HORIZON_DAYS = 30;

    private final MongoTemplate mongo;
    private final BatchedDocuments<Loaded> states;

    WorkQueueProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.states = new BatchedDocuments<>("work-states", this::load, this::write);
    }

    @EventHandler
    void on(ProjectDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        WorkStateDocument state = new WorkStateDocument();
        state.id = event.projectId().toString();
        state.version = sequence;
        state.title = event.title();
        state.clusterId = event.clusterId().toString();
        state.city = event.city();
        state.leadOrganization = event.leadOrganization();
        state.status = ProjectStatus.DRAFT;
        state.statusSince = at;
        if (states.get(state.id) != null) {
            return;
        }
        states.add(state.id, new Loaded(state, false));
        states.changed();
    }

    @EventHandler
    void on(ProjectOverviewRevisedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> state.title = event.title());
    }

    @EventHandler
    void on(MilestoneAddedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Step step = new WorkStateDocument.Step();
            step.milestoneId = event.milestoneId();
            step.title = event.title();
            step.dueDate = event.dueDate();
            step.ownerOrganization = event.ownerOrganization();
            state.milestones.add(step);
        });
    }

    @EventHandler
    void on(MilestoneRevisedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Step step = state.milestone(event.milestoneId());
            if (step != null) {
                step.title = event.title();
                step.dueDate = event.dueDate();
                step.ownerOrganization = event.ownerOrganization();
            }
        });
    }

    @EventHandler
    void on(MilestoneRemovedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence,
                state -> state.milestones.removeIf(m -> m.milestoneId.equals(event.milestoneId())));
    }

    @EventHandler
    void on(ProjectSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            status(state, ProjectStatus.SUBMITTED, at);
            state.cityReviewDue = event.reviewDueDate();
            state.cityReviewMissed = false;
        });
    }

    @EventHandler
    void on(ProjectRecommendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.RECOMMENDED, at));
    }

    @EventHandler
    void on(ProjectReturnedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            status(state, ProjectStatus.RETURNED, at);
            state.returnedComments = event.comments();
            state.seats.clear();
            state.panelTarget = 0;
            state.reviewMissed = false;
        });
    }

    @EventHandler
    void on(ExpertPanelDrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            if (state.status != ProjectStatus.EXPERT_REVIEW) {
                status(state, ProjectStatus.EXPERT_REVIEW, at);
                state.panelTarget = event.drawn().size();
            }
            for (ExpertCandidate expert : event.drawn()) {
                if (state.seat(expert.username()) == null) {
                    WorkStateDocument.Seat seat = new WorkStateDocument.Seat();
                    seat.username = expert.username();
                    seat.since = at;
                    state.seats.add(seat);
                }
            }
            state.reviewDue = event.dueDate();
            state.reviewMissed = false;
        });
    }

    @EventHandler
    void on(ExpertConflictDeclaredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Seat seat = state.seat(event.expert());
            if (seat != null) {
                seat.declared = true;
                seat.conflicted = event.conflicted();
                seat.since = at;
            }
        });
    }

    @EventHandler
    void on(ExpertScoresLockedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Seat seat = state.seat(event.expert());
            if (seat != null) {
                seat.locked = true;
            }
        });
    }

    @EventHandler
    void on(ExpertReviewCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.AWAITING_DECISION, at));
    }

    @EventHandler
    void on(ProjectApprovedForPublicityEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            status(state, ProjectStatus.PUBLICITY, at);
            state.objections.clear();
            state.publicityEnded = false;
            state.publicityEndedAt = null;
        });
    }

    @EventHandler
    void on(ProjectRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.REJECTED, at));
    }

    @EventHandler
    void on(ObjectionRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            if (state.objection(event.objectionId()) == null) {
                WorkStateDocument.Objection objection = new WorkStateDocument.Objection();
                objection.objectionId = event.objectionId();
                objection.realName = event.realName();
                objection.text = event.text();
                objection.raisedAt = at;
                state.objections.add(objection);
            }
        });
    }

    @EventHandler
    void on(ObjectionAnsweredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Objection objection = state.objection(event.objectionId());
            if (objection != null) {
                objection.answered = true;
                objection.answeredAt = at;
            }
        });
    }

    @EventHandler
    void on(PublicityEndedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            state.publicityEnded = true;
            state.publicityEndedAt = at;
        });
    }

    @EventHandler
    void on(ProjectApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            status(state, ProjectStatus.IN_PROGRESS, at);
            state.approvedAt = at;
        });
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.WITHDRAWN, at));
    }

    @EventHandler
    void on(MilestoneProgressReportedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            WorkStateDocument.Step step = state.milestone(event.milestoneId());
            if (step != null) {
                step.completed = event.completed();
            }
        });
    }

    @EventHandler
    void on(ChangeRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            if (state.pendingChanges.stream().noneMatch(c -> c.changeRequestId.equals(event.changeRequestId()))) {
                WorkStateDocument.Change change = new WorkStateDocument.Change();
                change.changeRequestId = event.changeRequestId();
                change.kind = event.kind();
                change.reason = event.reason();
                change.requestedAt = at;
                state.pendingChanges.add(change);
            }
        });
    }

    @EventHandler
    void on(ChangeRequestApprovedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            state.pendingChanges.removeIf(c -> c.changeRequestId.equals(event.changeRequestId()));
            if (event.kind() == ChangeKind.LEAD_ORGANIZATION) {
                state.leadOrganization = event.proposal().leadOrganization().strip();
            }
        });
    }

    @EventHandler
    void on(ChangeRequestRejectedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence,
                state -> state.pendingChanges.removeIf(c -> c.changeRequestId.equals(event.changeRequestId())));
    }

    @EventHandler
    void on(MidtermEvaluationStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            status(state, ProjectStatus.MIDTERM_EVALUATION, at);
            state.selfEvaluated = false;
            state.selfEvaluatedAt = null;
            state.selfEvaluationDue = event.selfEvaluationDue();
            state.selfEvaluationMissed = false;
        });
    }

    @EventHandler
    void on(SelfEvaluationSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            state.selfEvaluated = true;
            state.selfEvaluatedAt = at;
        });
    }

    @EventHandler
    void on(MidtermEvaluationRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.IN_PROGRESS, at));
    }

    @EventHandler
    void on(AcceptanceRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.ACCEPTANCE, at));
    }

    @EventHandler
    void on(AcceptanceResultRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> {
            if (event.result() == AcceptanceResult.FAIL) {
                status(state, ProjectStatus.IN_PROGRESS, at);
            } else {
                status(state, ProjectStatus.PERFORMANCE_ASSESSMENT, at);
                state.selfEvaluated = false;
                state.selfEvaluatedAt = null;
            }
        });
    }

    @EventHandler
    void on(ProjectClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.CLOSED, at));
    }

    @EventHandler
    void on(ProjectSuspendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.SUSPENDED, at));
    }

    @EventHandler
    void on(ProjectResumedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, event.to(), at));
    }

    @EventHandler
    void on(ProjectTerminatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.projectId(), sequence, state -> status(state, ProjectStatus.TERMINATED, at));
    }

    @EventHandler
    void on(ProjectDeadlineMissedEvent event, @SequenceNumber long sequence) {
        change(event.projectId(), sequence, state -> {
            switch (event.kind()) {
                case CITY_REVIEW -> state.cityReviewMissed = true;
                case EXPERT_REVIEW -> state.reviewMissed = true;
                case SELF_EVALUATION -> state.selfEvaluationMissed = true;
                case MILESTONE -> {
                    WorkStateDocument.Step step = state.milestone(event.subjectId());
                    if (step != null) {
                        step.missed = true;
                    }
                }
                case PUBLICITY -> {
                    // Publicity does not go overdue: it ends.
                }
            }
        });
    }

    private static void status(WorkStateDocument state, ProjectStatus status, Instant at) {
        state.status = status;
        state.statusSince = at;
    }

    /** Applies one event to its project's state, once: an event at or below the state's version is skipped. */
    private void change(ProjectId projectId, long sequence, Consumer<WorkStateDocument> change) {
        Loaded loaded = states.get(projectId.toString());
        if (loaded == null || loaded.state.version >= sequence) {
            return;
        }
        try {
            change.accept(loaded.state);
        } catch (RuntimeException e) {
            states.forget(projectId.toString());
            throw e;
        }
        loaded.state.version = sequence;
        states.changed();
    }

    /** A project's state as loaded in this batch, with the items it had then. */
    private static final class Loaded {
        final WorkStateDocument state;
        final Map<String, WorkItemDocument> itemsBefore = new HashMap<>();

        Loaded(WorkStateDocument state, boolean stored) {
            this.state = state;
            if (stored) {
                state.items().forEach(item -> itemsBefore.put(item.id(), item));
            }
        }
    }

    private Loaded load(String projectId) {
        WorkStateDocument state = mongo.findById(projectId, WorkStateDocument.class);
        return state == null ? null : new Loaded(state, true);
    }

    /**
     * Brings the project's items in line with its state: changed items are written, items no longer derived are
     * deleted (by id, which even the embedded server looks up by index), and the state is written last, so that a
     * crash in between leaves the older state and the redelivered events write the same items again. By id alone
     * (see ProjectCatalogProjection.write): the version was checked when the state was loaded.
     */
    private void write(Loaded loaded) {
        WorkStateDocument state = loaded.state;
        List<WorkItemDocument> after = state.items();
        List<String> gone = new ArrayList<>(state.itemIds);
        for (WorkItemDocument item : after) {
            gone.remove(item.id());
            if (!item.equals(loaded.itemsBefore.get(item.id()))) {
                mongo.save(item);
            }
        }
        if (!gone.isEmpty()) {
            mongo.remove(query(where("_id").in(gone)), WorkItemDocument.class);
        }
        state.itemIds = new ArrayList<>(after.stream().map(WorkItemDocument::id).toList());
        mongo.save(state);
        loaded.itemsBefore.clear();
        after.forEach(item -> loaded.itemsBefore.put(item.id(), item));
    }

    // ---- queries ---------------------------------------------------------------------------------------------------

    /**
     * The person's open items: overdue first, then by due date, then oldest first. Milestones show from 30 days
     * before they are due; an item is overdue when its deadline was recorded as missed or its date has passed.
     */
    @QueryHandler
    WorkQueue handle(FindWorkItemsQuery q) {
        Set<String> keys = q.actor() == null ? Set.of() : WorkItemDocument.keysOf(q.actor());
        if (keys.isEmpty()) {
            return new WorkQueue(List.of());
        }
        LocalDate today = ProjectCatalogProjection.today();
        LocalDate horizon = today.plusDays(MILESTONE_HORIZON_DAYS);
        List<WorkItem> items = mongo.find(query(where("audience").in(keys)), WorkItemDocument.class).stream()
                .filter(item -> item.kind() != WorkKind.REPORT_MILESTONE || item.due() == null
                        || !item.due().isAfter(horizon))
                .map(item -> new WorkItem(ProjectId.of(item.projectId()), item.projectTitle(), item.kind(),
                        item.subjectId(), item.subject(), item.changeKind(), item.due(),
                        item.missed() || item.due() != null && item.due().isBefore(today), item.since()))
                .sorted(Comparator.comparing(WorkItem::overdue).reversed()
                        .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(item -> item.projectId().toString())
                        .thenComparing(item -> Objects.toString(item.subjectId(), "")))
                .toList();
        return new WorkQueue(items);
    }
}
