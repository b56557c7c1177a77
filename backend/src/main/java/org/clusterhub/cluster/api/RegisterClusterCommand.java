package org.clusterhub.cluster.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/** Registers a cluster for provincial cultivation: the plan's 20 at first start, others later by a supervisor. */
public record RegisterClusterCommand(
        @TargetAggregateIdentifier @NotNull ClusterId clusterId,
        @Min(1) @Max(999) Integer planNumber,
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 80) @PlainText String nameZh,
        @Size(max = 200) @PlainText String nameEn,
        @NotNull ClusterLevel level,
        @NotNull @Valid PromotionOrganization promotionOrganization,
        @NotEmpty @Size(max = 16) List<@NotNull City> centerCities,
        @NotNull @Size(max = 16) List<@NotNull City> keyCities,
        @NotNull @Size(max = 16) List<@NotNull City> radiatedCities,
        @NotNull @Size(max = 100) List<@NotNull @Valid LeadingEnterprise> leadingEnterprises,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) @PlainText String> supportingPlatforms,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) @PlainText String> focusAreas,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 300) @PlainText String> focusAreasEn)
        implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
