package org.clusterhub.challenge.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.clusterhub.challenge.api.DeliveryMilestoneAcceptedEvent;
import org.clusterhub.challenge.api.DeliveryProgressReportedEvent;

/** A milestone of the winning team's delivery: how far it has come and whether the poster accepted it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class DeliveryMilestone {

    @EntityId
    private String milestoneId;
    private int percentComplete;
    private boolean accepted;

    /** For Jackson. */
    DeliveryMilestone() {
    }

    DeliveryMilestone(String milestoneId) {
        this.milestoneId = milestoneId;
    }

    int percentComplete() {
        return percentComplete;
    }

    boolean accepted() {
        return accepted;
    }

    @EventSourcingHandler
    void on(DeliveryProgressReportedEvent event) {
        if (milestoneId.equals(event.milestoneId())) {
            percentComplete = event.percentComplete();
        }
    }

    @EventSourcingHandler
    void on(DeliveryMilestoneAcceptedEvent event) {
        if (milestoneId.equals(event.milestoneId())) {
            accepted = true;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryMilestone other && Objects.equals(milestoneId, other.milestoneId)
                && percentComplete == other.percentComplete && accepted == other.accepted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(milestoneId, percentComplete, accepted);
    }
}
