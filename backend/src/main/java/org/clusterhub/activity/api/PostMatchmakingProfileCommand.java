package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** A registrant says what they offer and what they look for at a matchmaking activity (replaces an earlier
 * profile). {@code homeCluster} is the cluster the organization belongs to, if any. */
public record PostMatchmakingProfileCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull RegistrationId registrationId,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) @PlainText String> offers,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) @PlainText String> seeks,
        @NotNull @Size(max = 30) Set<@NotBlank @Size(max = 40) @PlainText String> tags,
        ChainPosition chainPosition,
        @Size(max = 60) @PlainText String area,
        ClusterId homeCluster) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // Members act for their organization, staff for their cluster: both are the activity's state (ADR 010).
        return AccessRequirement.checkedByTarget(Role.MEMBER, Role.PROMOTION_STAFF, Role.SUPERVISOR);
    }
}
