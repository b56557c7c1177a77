package org.clusterhub.zone.web;

import java.util.List;
import org.clusterhub.zone.api.ZoneTarget;

/**
 * Body of {@code PUT /api/zones/{id}/targets}: the complete new list of targets.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
public record SetZoneTargetsRequest(List<ZoneTarget> targets, String reason, Long expectedVersion) {
}
