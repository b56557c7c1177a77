package org.clusterhub.cluster.api;

public record ClusterLevelChangedEvent(ClusterId clusterId, ClusterLevel previousLevel, ClusterLevel level,
                                       String reason) {
}
