package org.clusterhub.cluster.api;

/** The province withdrew a cluster's nationally leading (国内领先) assessment, for {@code reason}. */
public record NationallyLeadingAssessmentWithdrawnEvent(ClusterId clusterId, String reason) {
}
