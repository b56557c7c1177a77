package org.clusterhub.operations.api;

import java.util.List;

/** One page of rebuilds and how many there are. */
public record ReadModelRebuildPage(List<ReadModelRebuildView> items, long total) {

    public ReadModelRebuildPage {
        items = List.copyOf(items);
    }
}
