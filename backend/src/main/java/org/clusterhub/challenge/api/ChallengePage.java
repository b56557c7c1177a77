package org.clusterhub.challenge.api;

import java.util.List;

/** A page of the challenge list and how many challenges match in all. */
public record ChallengePage(List<ChallengeSummary> items, long total) {
}
