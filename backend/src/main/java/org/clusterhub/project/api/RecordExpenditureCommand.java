package org.clusterhub.project.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/** Records money spent on an approved budget line; never beyond the line's current approved amount. */
public record RecordExpenditureCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String lineId,
        @NotNull @DecimalMin("0.01") @Digits(integer = 9, fraction = 2) BigDecimal amount,
        @NotBlank @Size(min = 2, max = 500) @PlainText String note) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
