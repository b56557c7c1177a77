package org.clusterhub.zone.web;

import java.time.LocalDate;

/** Body of {@code POST /api/zones/{id}/status/created}: the day of the ministry's decision and its reference. */
public record CreatedNationallyRequest(LocalDate createdOn, String note) {
}
