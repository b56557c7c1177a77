package org.clusterhub.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.City;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Opens an account. The password arrives already hashed (BCrypt): plain passwords never enter a message.
 *
 * @param clusterIds clusters a promotion-staff account belongs to
 * @param city the coordinator's city, or the city of the person's organization
 */
public record RegisterUserAccountCommand(
        @TargetAggregateIdentifier @NotNull UserAccountId userAccountId,
        @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
        @NotBlank @Size(max = 60) @PlainText String displayName,
        @NotBlank @Pattern(regexp = "\\{bcrypt}\\$2[aby]\\$.{56}") String passwordHash,
        @NotNull Role role,
        @NotNull Set<String> clusterIds,
        City city,
        @NotBlank @Size(max = 120) @PlainText String organization) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
