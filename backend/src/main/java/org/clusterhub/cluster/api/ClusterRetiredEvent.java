package org.clusterhub.cluster.api;

public record ClusterRetiredEvent(ClusterId clusterId, String reason) {
}
