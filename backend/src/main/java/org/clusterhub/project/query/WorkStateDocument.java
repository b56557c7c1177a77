package org.clusterhub.project.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.SelfEvaluationStage;
import org.clusterhub.project.api.WorkKind;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the work queue needs to know of one project to tell whose turn it is. The open items are derived from it
 * ({@link #items()}), never patched one by one, so that replaying an event cannot leave a stale item behind.
 */
@Document("project_work_state")
class WorkStateDocument {

    private static final int SUBJECT_LENGTH = 80;

    @Id
    String id;
    long version;
    String title;
    String clusterId;
    City city;
    String leadOrganization;
    ProjectStatus status;
    /** When the project entered its status: when status-bound work became due. */
    Instant statusSince;
    String returnedComments;
    LocalDate cityReviewDue;
    boolean cityReviewMissed;
    List<Seat> seats = new ArrayList<>();
    /** How many experts the first draw seated: recusals below it ask for a replacement draw. */
    int panelTarget;
    LocalDate reviewDue;
    boolean reviewMissed;
    List<Objection> objections = new ArrayList<>();
    boolean publicityEnded;
    Instant publicityEndedAt;
    List<Step> milestones = new ArrayList<>();
    List<Change> pendingChanges = new ArrayList<>();
    boolean selfEvaluated;
    Instant selfEvaluatedAt;
    LocalDate selfEvaluationDue;
    boolean selfEvaluationMissed;
    Instant approvedAt;
    /** The ids of the items last written for this project, so that gone ones are deleted by id. */
    List<String> itemIds = new ArrayList<>();

    static class Seat {
        String username;
        boolean declared;
        boolean conflicted;
        boolean locked;
        Instant since;
    }

    static class Objection {
        String objectionId;
        String realName;
        String text;
        boolean answered;
        Instant raisedAt;
        Instant answeredAt;
    }

    static class Step {
        String milestoneId;
        String title;
        LocalDate dueDate;
        String ownerOrganization;
        boolean completed;
        boolean missed;
    }

    static class Change {
        String changeRequestId;
        ChangeKind kind;
        String reason;
        Instant requestedAt;
    }

    Seat seat(String username) {
        return seats.stream().filter(s -> s.username.equals(username)).findFirst().orElse(null);
    }

    Step milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId.equals(milestoneId)).findFirst().orElse(null);
    }

    Objection objection(String objectionId) {
        return objections.stream().filter(o -> o.objectionId.equals(objectionId)).findFirst().orElse(null);
    }

    /** Every open item of this project, for whom, as of this state. */
    List<WorkItemDocument> items() {
        List<WorkItemDocument> items = new ArrayList<>();
        String staff = WorkItemDocument.staff(clusterId);
        String supervisor = WorkItemDocument.SUPERVISOR;
        switch (status) {
            case SUBMITTED -> items.add(item(WorkKind.CITY_REVIEW, null, null, cityReviewDue, cityReviewMissed,
                    statusSince, null, WorkItemDocument.coordinator(city)));
            case RETURNED -> items.add(item(WorkKind.REVISE, null, abbreviate(returnedComments), null, false,
                    statusSince, null, staff));
            case RECOMMENDED -> items.add(item(WorkKind.DRAW_EXPERTS, null, null, null, false, statusSince, null,
                    supervisor));
            case EXPERT_REVIEW -> {
                for (Seat seat : seats) {
                    if (!seat.declared) {
                        items.add(item(WorkKind.DECLARE_CONFLICT, null, null, reviewDue, reviewMissed, seat.since,
                                seat.username, WorkItemDocument.expert(seat.username)));
                    } else if (!seat.conflicted && !seat.locked) {
                        items.add(item(WorkKind.SCORE, null, null, reviewDue, reviewMissed, seat.since,
                                seat.username, WorkItemDocument.expert(seat.username)));
                    }
                }
                long active = seats.stream().filter(s -> !s.conflicted).count();
                if (active < panelTarget) {
                    Instant recused = seats.stream().filter(s -> s.conflicted).map(s -> s.since)
                            .max(Instant::compareTo).orElse(statusSince);
                    items.add(item(WorkKind.DRAW_EXPERTS, null, null, reviewDue, false, recused, null, supervisor));
                }
            }
            case AWAITING_DECISION -> items.add(item(WorkKind.DECIDE, null, null, null, false, statusSince, null,
                    supervisor));
            case PUBLICITY -> {
                for (Objection objection : objections) {
                    if (!objection.answered) {
                        items.add(item(WorkKind.ANSWER_OBJECTION, objection.objectionId,
                                abbreviate(objection.realName + "：" + objection.text), null, false,
                                objection.raisedAt, null, staff));
                    }
                }
                if (publicityEnded && objections.stream().allMatch(o -> o.answered)) {
                    Instant since = Stream.concat(Stream.of(publicityEndedAt),
                                    objections.stream().map(o -> o.answeredAt))
                            .filter(t -> t != null).max(Instant::compareTo).orElse(statusSince);
                    items.add(item(WorkKind.CONFIRM_APPROVAL, null, null, null, false, since, null, supervisor));
                }
            }
            case MIDTERM_EVALUATION -> {
                if (!selfEvaluated) {
                    items.add(item(WorkKind.SELF_EVALUATION, SelfEvaluationStage.MIDTERM.name(), null,
                            selfEvaluationDue, selfEvaluationMissed, statusSince, null, staff,
                            WorkItemDocument.member(leadOrganization)));
                } else {
                    items.add(item(WorkKind.EVALUATE_MIDTERM, null, null, null, false, selfEvaluatedAt, null,
                            supervisor));
                }
            }
            case ACCEPTANCE -> items.add(item(WorkKind.DECIDE_ACCEPTANCE, null, null, null, false, statusSince, null,
                    supervisor));
            case PERFORMANCE_ASSESSMENT -> {
                if (!selfEvaluated) {
                    items.add(item(WorkKind.SELF_EVALUATION, SelfEvaluationStage.PERFORMANCE.name(), null, null,
                            false, statusSince, null, staff, WorkItemDocument.member(leadOrganization)));
                } else {
                    items.add(item(WorkKind.CLOSE, null, null, null, false, selfEvaluatedAt, null, supervisor));
                }
            }
            default -> {
                // Drafts, suspended and finished projects wait for no one.
            }
        }
        if (status.isUnderway()) {
            for (Change change : pendingChanges) {
                items.add(changeToDecide(change, supervisor));
            }
            for (Step step : milestones) {
                if (!step.completed) {
                    items.add(item(WorkKind.REPORT_MILESTONE, step.milestoneId, step.title, step.dueDate,
                            step.missed, approvedAt == null ? statusSince : approvedAt, null, staff,
                            WorkItemDocument.member(step.ownerOrganization)));
                }
            }
        }
        return items;
    }

    private WorkItemDocument item(WorkKind kind, String subjectId, String subject, LocalDate due, boolean missed,
                                  Instant since, String person, String... audience) {
        String itemId = id + "/" + kind + "/" + (subjectId == null ? "" : subjectId) + "/"
                + (person == null ? "" : person);
        return new WorkItemDocument(itemId, id, title, kind, subjectId, subject, null, due, missed,
                since == null ? statusSince : since, List.of(audience));
    }

    private WorkItemDocument changeToDecide(Change change, String supervisor) {
        WorkItemDocument item = item(WorkKind.DECIDE_CHANGE, change.changeRequestId, abbreviate(change.reason), null,
                false, change.requestedAt, null, supervisor);
        return new WorkItemDocument(item.id(), item.projectId(), item.projectTitle(), item.kind(), item.subjectId(),
                item.subject(), change.kind, item.due(), item.missed(), item.since(), item.audience());
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= SUBJECT_LENGTH) {
            return text;
        }
        return text.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
