package org.clusterhub.zone.api;

import java.time.LocalDate;
import java.util.List;

public record ZoneBatchRecommendedEvent(ZoneBatchId batchId, String name, List<ZoneId> zoneIds, String reasons,
                                        LocalDate recommendedOn) {
}
