package org.clusterhub.cluster.api;

import java.util.List;

public record ClusterPage(List<ClusterSummary> items, long total) {
}
