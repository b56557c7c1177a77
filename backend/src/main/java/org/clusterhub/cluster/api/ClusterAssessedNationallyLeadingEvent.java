package org.clusterhub.cluster.api;

/** The province assessed a provincial cluster as nationally leading (国内领先), for {@code reason}. */
public record ClusterAssessedNationallyLeadingEvent(ClusterId clusterId, String reason) {
}
