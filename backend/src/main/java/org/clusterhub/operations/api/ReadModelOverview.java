package org.clusterhub.operations.api;

import java.util.List;

/** The read models and the event store's head position. */
public record ReadModelOverview(long headPosition, List<ReadModelState> readModels) {

    public ReadModelOverview {
        readModels = List.copyOf(readModels);
    }
}
