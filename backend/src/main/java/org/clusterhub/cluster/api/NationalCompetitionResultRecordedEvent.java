package org.clusterhub.cluster.api;

public record NationalCompetitionResultRecordedEvent(ClusterId clusterId, int round, CompetitionOutcome outcome,
                                                     String note) {
}
