package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/**
 * Adds an enterprise, university, institute or platform to a cluster. Promotion staff of the cluster may add
 * any; a city coordinator may add organizations of their own city.
 */
public record AddMemberOrganizationCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @NotBlank @Size(min = 2, max = 100) @PlainText String name,
        @NotNull OrganizationKind kind,
        @NotNull City city,
        @NotNull ChainPosition chainPosition,
        @NotBlank @CreditCode String creditCode,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.of(clusterId == null ? null : clusterId.toString(), city, Role.PROMOTION_STAFF,
                Role.CITY_COORDINATOR);
    }

    public OrganizationId organizationId() {
        return OrganizationId.forCreditCode(creditCode);
    }
}
