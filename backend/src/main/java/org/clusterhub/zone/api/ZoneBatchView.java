package org.clusterhub.zone.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A batch recommendation: its name, the zones and reasons, who recorded it and when. */
public record ZoneBatchView(ZoneBatchId batchId, String name, List<ZoneId> zoneIds, List<String> zoneNames,
                            String reasons, LocalDate recommendedOn, String recordedBy, Instant recordedAt) {
}
