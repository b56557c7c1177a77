package org.clusterhub.project.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Rewrites one text section (aims or content) of a draft, against the version the editor saw. Promotion staff of
 * the cluster, or a participating organization the section was given to.
 */
public record ReviseProjectSectionCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull ProjectSection section,
        @NotNull @Size(max = 10000) @PlainText String text,
        @TargetAggregateVersion Long expectedVersion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
