package org.clusterhub.activity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Plans an activity of a cluster. Promotion staff of the cluster plan it; it stays invisible to members until
 * published. {@code meetingTables} and {@code meetingSlotMinutes} give a matchmaking activity its 1:1 meeting grid
 * (0 for other kinds). {@code projectId} optionally names the public service project whose figures it counts for. */
public record PlanActivityCommand(
        @TargetAggregateIdentifier @NotNull ActivityId activityId,
        @NotNull ClusterId clusterId,
        @NotNull ActivityKind kind,
        @NotBlank @Size(min = 4, max = 120) @PlainText String title,
        @Size(max = 4000) @PlainText String description,
        @NotNull City city,
        @Size(max = 200) @PlainText String venue,
        boolean online,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Min(1) @Max(100000) int capacity,
        @NotNull Instant registrationOpensAt,
        @NotNull Instant registrationClosesAt,
        boolean approvalRequired,
        @NotNull @Size(max = 20) List<@NotNull @Valid CoOrganizer> coOrganizers,
        @Min(0) @Max(500) int meetingTables,
        @Min(0) @Max(240) int meetingSlotMinutes,
        ProjectId projectId) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return new AccessRequirement(Set.of(Role.PROMOTION_STAFF, Role.SUPERVISOR, Role.SYSTEM),
                clusterId == null ? null : clusterId.toString(), null, null, false);
    }
}
