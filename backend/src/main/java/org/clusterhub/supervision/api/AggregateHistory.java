package org.clusterhub.supervision.api;

import java.util.List;

public record AggregateHistory(String aggregateId, String aggregateType, List<HistoryEntry> entries) {
}
