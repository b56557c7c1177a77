package org.clusterhub.supervision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/**
 * Records that the sender opened or exported an aggregate's replay, in the sender's log of the day (ADR 017). Sent
 * by the replay screen and API before they show anything; the requirement is the replay's own access rule:
 * supervisors, and the promotion staff of the cluster the aggregate belongs to.
 */
public record RecordReplayAccessCommand(
        @TargetAggregateIdentifier @NotNull AccessLogId logId,
        @NotNull LocalDate day,
        @NotBlank @Size(max = 40) String viewedAggregateId,
        @NotBlank @Size(max = 60) String viewedAggregateType,
        @Size(max = 300) String viewedTitle,
        @Size(max = 40) String owningClusterId,
        @NotNull ReplayAccessAction action,
        Long sequenceNumber) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.SUPERVISOR, Role.PROMOTION_STAFF, Role.SYSTEM), owningClusterId,
                null, null, false);
    }
}
