package org.clusterhub.zone.web;

import java.util.List;

/**
 * Body of {@code POST /api/zones/{id}/aims}. The zone's city is taken from the zone itself; aims or key tasks left
 * out keep their current value.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
public record ReviseZoneAimsRequest(String aimsZh, String aimsEn, List<String> keyTasks, String reason,
                                    Long expectedVersion) {
}
