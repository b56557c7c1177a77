package org.clusterhub.zone.api;

import java.util.List;

public record ZonePage(List<ZoneSummary> items, long total) {
}
