package org.clusterhub.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * Grants an amount (万元) within a programme, paid in tranches whose amounts add up to it. For a {@code PROJECT} the
 * programme takes the project's title, cluster, city and lead organization from what it knows of the project (which
 * must be in the project library): {@code organization}, {@code clusterId} and {@code city} stay empty. For an
 * {@code ORGANIZATION} name it; with a cluster, its promotion organization and center city are the defaults.
 */
public record AwardGrantCommand(
        @TargetAggregateIdentifier @NotNull FundingProgrammeId programmeId,
        @NotNull GrantId grantId,
        @NotNull RecipientKind recipientKind,
        ProjectId projectId,
        @Size(max = 120) @PlainText String organization,
        ClusterId clusterId,
        City city,
        @NotNull @DecimalMin("0.01") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2)
        BigDecimal amount,
        @NotBlank @Size(min = 2, max = 500) @PlainText String purpose,
        @NotNull @Size(min = 1, max = 12) List<@NotNull @Valid TranchePlan> tranches) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
