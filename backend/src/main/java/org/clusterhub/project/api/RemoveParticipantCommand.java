package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;

/**
 * Removes a participating organization (not the lead), against the version the editor saw of that participant
 * (part {@code participant:<organization>}); null sends it unchecked.
 */
public record RemoveParticipantCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 100) String organization,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF);
    }
}
