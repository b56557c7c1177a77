package org.clusterhub.challenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/**
 * A technical indicator the winning team must reach, e.g. 寿命 ≥ 20000 h. Delivery is accepted against these.
 *
 * @param key stable key within the challenge, e.g. {@code life}
 * @param target the target value as stated in the posting, e.g. {@code ≥ 20000}
 */
public record TechnicalIndicator(
        @NotBlank @Size(max = 40) @PlainText String key,
        @NotBlank @Size(max = 80) @PlainText String name,
        @NotBlank @Size(max = 60) @PlainText String target,
        @Size(max = 20) @PlainText String unit) {
}
