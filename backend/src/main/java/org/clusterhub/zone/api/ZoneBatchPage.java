package org.clusterhub.zone.api;

import java.util.List;

public record ZoneBatchPage(List<ZoneBatchView> items, long total) {
}
