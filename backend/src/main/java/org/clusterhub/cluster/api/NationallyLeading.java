package org.clusterhub.cluster.api;

import java.time.Instant;

/** The province's standing assessment that the cluster is nationally leading (国内领先): why and since when. */
public record NationallyLeading(String reason, Instant since) {
}
