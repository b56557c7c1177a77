package org.clusterhub.ui.work;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.FindWorkItemsQuery;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.WorkItem;
import org.clusterhub.project.api.WorkQueue;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.ui.support.Queries;

/** Reads a person's open work items, most urgent first: overdue, then by due date, then the oldest waiting. */
final class WorkQueues {

    /** Overdue first; then the nearest due date (items without one last); then the longest waiting. */
    static final Comparator<WorkItem> URGENCY = Comparator.comparing((WorkItem item) -> !item.overdue())
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The work queue is projected by its own processor ({@code project-work-queue}), beside the catalog that
     * {@link #catchUp} waits for: screens look again after this long, in case it was a little behind.
     */
    static final Duration SETTLE = Duration.ofMillis(1500);

    private WorkQueues() {
    }

    /** Waits until the read model includes the newest event of a batch, so that a refresh shows its effect. */
    static void catchUp(Queries queries, List<LiveEvent> batch) {
        LiveEvent newest = batch.get(batch.size() - 1);
        queries.optional(new FindProjectQuery(ProjectId.of(newest.aggregateId()), newest.sequenceNumber()),
                ProjectView.class);
    }

    static List<WorkItem> of(Queries queries, Actor actor) {
        WorkQueue queue = queries.one(new FindWorkItemsQuery(actor), WorkQueue.class);
        return queue.items().stream().sorted(URGENCY).toList();
    }
}
