package org.clusterhub.project.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.clusterhub.project.api.MilestoneProgressReportedEvent;
import org.clusterhub.project.api.MilestoneRevisedEvent;

/** A milestone: its due date, the organization that reports on it, and how far it has come. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Milestone {

    @EntityId
    private String milestoneId;
    private String title;
    private LocalDate dueDate;
    private String ownerOrganization;
    private boolean completed;

    /** For snapshots. */
    Milestone() {
    }

    Milestone(String milestoneId, String title, LocalDate dueDate, String ownerOrganization) {
        this.milestoneId = milestoneId;
        this.title = title;
        this.dueDate = dueDate;
        this.ownerOrganization = ownerOrganization;
    }

    String milestoneId() {
        return milestoneId;
    }

    String title() {
        return title;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String ownerOrganization() {
        return ownerOrganization;
    }

    boolean completed() {
        return completed;
    }

    @EventSourcingHandler
    void on(MilestoneRevisedEvent event) {
        if (milestoneId.equals(event.milestoneId())) {
            title = event.title();
            dueDate = event.dueDate();
            ownerOrganization = event.ownerOrganization();
        }
    }

    @EventSourcingHandler
    void on(MilestoneProgressReportedEvent event) {
        if (milestoneId.equals(event.milestoneId())) {
            completed = event.completed();
        }
    }

    /**
     * Value equality, because state is compared by value: Axon's test fixture checks that the state a command left
     * equals the state its events rebuild, and a restored snapshot must equal the aggregate it was taken from.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone other
                && Objects.equals(milestoneId, other.milestoneId)
                && Objects.equals(title, other.title)
                && Objects.equals(dueDate, other.dueDate)
                && Objects.equals(ownerOrganization, other.ownerOrganization)
                && completed == other.completed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(milestoneId, title, dueDate, ownerOrganization, completed);
    }
}
