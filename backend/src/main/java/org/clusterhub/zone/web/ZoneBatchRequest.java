package org.clusterhub.zone.web;

import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/zone-batches}: the batch's name, the zones chosen and the reasons. */
public record ZoneBatchRequest(String name, List<UUID> zoneIds, String reasons) {
}
