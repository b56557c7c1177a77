package org.clusterhub.zone.api;

import java.time.LocalDate;

public record ZoneCreatedNationallyEvent(ZoneId zoneId, LocalDate createdOn, String note) {
}
