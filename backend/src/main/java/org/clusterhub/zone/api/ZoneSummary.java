package org.clusterhub.zone.api;

import org.clusterhub.shared.City;

public record ZoneSummary(ZoneId zoneId, Integer planNumber, String nameZh, String nameEn, City city, ZoneKind kind,
                          int targetCount) {
}
