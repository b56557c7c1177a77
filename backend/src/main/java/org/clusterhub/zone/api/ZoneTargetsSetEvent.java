package org.clusterhub.zone.api;

import java.util.List;

/** The zone's targets are now exactly {@code targets}. */
public record ZoneTargetsSetEvent(ZoneId zoneId, List<ZoneTarget> targets, String reason) {
}
