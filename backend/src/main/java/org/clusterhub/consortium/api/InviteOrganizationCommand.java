package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/**
 * The lead invites an organization: from the cluster, from another cluster, or from outside the region (then with
 * its region). Invitations marked {@code requiredForFounding} must all be accepted before the founding agreement.
 */
public record InviteOrganizationCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @Size(min = 2, max = 100) @PlainText String organization,
        @NotBlank @CreditCode String creditCode,
        @NotNull OrganizationKind kind,
        @NotNull MemberOrigin origin,
        @Size(max = 60) @PlainText String region,
        @NotNull MemberRole role,
        boolean requiredForFounding) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
