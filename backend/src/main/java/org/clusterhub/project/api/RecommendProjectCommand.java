package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** The center city's coordinator recommends a submitted project to the province (初审通过). */
public record RecommendProjectCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 2000) @PlainText String opinion) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.CITY_COORDINATOR);
    }
}
