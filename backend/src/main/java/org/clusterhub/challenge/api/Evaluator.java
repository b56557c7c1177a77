package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** An expert of the provincial pool named by the poster to score the bids, with the organization they work for. */
public record Evaluator(
        @NotBlank @Size(max = 60) String username,
        @NotBlank @Size(max = 60) @PlainText String displayName,
        @NotBlank @Size(max = 100) @PlainText String organization) {
}
