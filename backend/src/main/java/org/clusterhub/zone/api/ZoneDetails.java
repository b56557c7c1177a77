package org.clusterhub.zone.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.City;

/** A zone as its detail page shows it; {@code version} is the sequence number of the last event applied. */
public record ZoneDetails(ZoneId zoneId, long version, Integer planNumber, String code, String nameZh, String nameEn,
                          City city, ZoneKind kind, String aimsZh, String aimsEn, List<String> keyTasks,
                          List<ZoneTarget> targets, Instant lastChangedAt) {
}
