package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusterhub.shared.validation.PlainText;

/**
 * The innovation consortium (创新联合体) a bid is made for, as the bidder states it: its id and name and every member
 * organization. An evaluator from any member is excluded from scoring the bid.
 */
public record ConsortiumBidder(
        @NotBlank @Size(max = 40) String consortiumId,
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) @PlainText String> memberOrganizations) {
}
