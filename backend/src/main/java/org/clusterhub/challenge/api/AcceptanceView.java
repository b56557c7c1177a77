package org.clusterhub.challenge.api;

import java.time.Instant;
import java.util.List;

/** The latest acceptance (验收) against the technical indicators. */
public record AcceptanceView(List<IndicatorResult> results, boolean passed, String opinion, Instant recordedAt) {
}
