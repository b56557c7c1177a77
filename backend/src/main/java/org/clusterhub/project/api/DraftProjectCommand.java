package org.clusterhub.project.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ClusterId;
import java.util.Set;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Starts a project of a cluster as a draft. Promotion staff of the cluster draft it; the lead organization becomes
 * its first participant, with every section.
 *
 * @param city the project's center city: its coordinator does the first review (初审)
 * @param origin the winning bid of a 揭榜挂帅 challenge the project follows up (the challenge page's "follow-up
 *               project" action); null for a project drafted on its own
 */
public record DraftProjectCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotNull ClusterId clusterId,
        @NotNull ProjectKind kind,
        @NotBlank @Size(min = 4, max = 120) @PlainText String title,
        @NotBlank @Size(min = 2, max = 100) @PlainText String leadOrganization,
        @NotNull City city,
        @NotBlank @Size(min = 2, max = 60) @PlainText String personInCharge,
        @Min(2021) @Max(2035) int startYear,
        @Min(2021) @Max(2035) int endYear,
        @Valid ProjectOrigin origin) implements GuardedCommand {

    /** A project drafted on its own. */
    public DraftProjectCommand(ProjectId projectId, ClusterId clusterId, ProjectKind kind, String title,
                               String leadOrganization, City city, String personInCharge, int startYear,
                               int endYear) {
        this(projectId, clusterId, kind, title, leadOrganization, city, personInCharge, startYear, endYear, null);
    }

    @Override
    public AccessRequirement accessRequirement() {
        // Projects are the promotion organization's own: the province decides on them but does not draft them.
        return new AccessRequirement(Set.of(Role.PROMOTION_STAFF, Role.SYSTEM),
                clusterId == null ? null : clusterId.toString(), null, null, false);
    }
}
