package org.clusterhub.consortium.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/** An organization asks to join a consortium that exists; the lead decides. Sent by a member of that organization. */
public record ApplyToJoinCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @Size(min = 2, max = 100) @PlainText String organization,
        @NotBlank @CreditCode String creditCode,
        @NotNull OrganizationKind kind,
        @NotNull MemberOrigin origin,
        @Size(max = 60) @PlainText String region,
        @NotBlank @Size(min = 4, max = 1000) @PlainText String motivation,
        @NotNull @Valid Commitment commitment) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.MEMBER, Role.SYSTEM), null, null,
                organization == null ? null : organization.strip(), false);
    }
}
