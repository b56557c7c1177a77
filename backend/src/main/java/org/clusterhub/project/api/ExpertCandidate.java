package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** A person of the provincial expert pool (专家库). */
public record ExpertCandidate(
        @NotBlank @Size(max = 60) String username,
        @NotBlank @Size(max = 60) @PlainText String displayName,
        @NotBlank @Size(max = 100) @PlainText String organization) {
}
