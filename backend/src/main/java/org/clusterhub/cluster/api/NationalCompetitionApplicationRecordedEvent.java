package org.clusterhub.cluster.api;

public record NationalCompetitionApplicationRecordedEvent(ClusterId clusterId, int round, String description) {
}
