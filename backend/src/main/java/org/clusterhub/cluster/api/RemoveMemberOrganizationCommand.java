package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Removes a member organization. {@code city} declares the member's city so that the city scope can be
 * authorized before the aggregate loads; the aggregate refuses the command if it is not the member's city.
 */
public record RemoveMemberOrganizationCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @NotNull OrganizationId organizationId,
        @NotNull City city,
        @Size(max = 500) @PlainText String reason,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(clusterId == null ? null : clusterId.toString(), city, Role.PROMOTION_STAFF,
                Role.CITY_COORDINATOR);
    }
}
