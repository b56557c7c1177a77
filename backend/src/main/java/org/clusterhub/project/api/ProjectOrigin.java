package org.clusterhub.project.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a project came from, when it follows up the winning bid of a 揭榜挂帅 challenge (ADR 018): the challenge and
 * the bid. Plain ids, not the challenge context's types: the provenance view reads them by name from the event.
 */
public record ProjectOrigin(@NotBlank @Size(max = 40) String challengeId, @NotBlank @Size(max = 40) String bidId) {
}
