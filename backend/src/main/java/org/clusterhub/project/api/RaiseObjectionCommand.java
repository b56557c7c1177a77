package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** An objection during publicity. It needs the real name and organization of whoever raises it. */
public record RaiseObjectionCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String objectionId,
        @NotBlank @Size(min = 2, max = 40) @PlainText String realName,
        @NotBlank @Size(min = 2, max = 100) @PlainText String organization,
        @NotBlank @Size(min = 10, max = 4000) @PlainText String text) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.SUPERVISOR, Role.PROMOTION_STAFF, Role.CITY_COORDINATOR,
                Role.MEMBER, Role.EXPERT);
    }
}
