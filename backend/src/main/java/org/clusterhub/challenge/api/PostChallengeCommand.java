package org.clusterhub.challenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Posts (发榜) a key-technology challenge of a cluster. Its promotion staff post it, or a member organization (a
 * leading enterprise) posts it for itself; the aggregate checks that the posting organization is the sender's.
 *
 * @param budget the budget or reward, in 万元
 * @param reward how the winner is rewarded beyond the budget (may be empty)
 * @param bidsCloseAt when bidding closes; the evaluators read the bids only after it
 */
public record PostChallengeCommand(
        @TargetAggregateIdentifier @NotNull ChallengeId challengeId,
        @NotNull ClusterId clusterId,
        @NotBlank @Size(min = 2, max = 100) @PlainText String postingOrganization,
        @NotBlank @Size(min = 4, max = 120) @PlainText String title,
        @NotBlank @Size(min = 10, max = 8000) @PlainText String need,
        @NotNull TechnologyArea area,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 30) @PlainText String> keywords,
        @NotNull @Size(min = 1, max = 20) List<@Valid TechnicalIndicator> indicators,
        @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal budget,
        @Size(max = 500) @PlainText String reward,
        @NotBlank @Size(min = 2, max = 2000) @PlainText String eligibility,
        @NotNull Instant bidsCloseAt,
        @NotNull @Size(min = 1, max = 10) List<@Valid EvaluationCriterion> criteria,
        @NotNull @Size(min = 1, max = 15) List<@Valid Evaluator> evaluators) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        // The province supervises challenges but does not post them: they are the cluster's own.
        return new AccessRequirement(Set.of(Role.PROMOTION_STAFF, Role.MEMBER, Role.SYSTEM),
                clusterId == null ? null : clusterId.toString(), null, postingOrganization, false);
    }
}
