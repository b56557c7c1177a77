package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/**
 * The lead admits an applicant with a role (core or participant) or rejects it with a reason.
 *
 * @param role the admitted member's role; ignored when rejecting
 */
public record DecideApplicationCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotBlank @CreditCode String creditCode,
        boolean admit,
        MemberRole role,
        @Size(max = 500) @PlainText String reason) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.MEMBER);
    }
}
