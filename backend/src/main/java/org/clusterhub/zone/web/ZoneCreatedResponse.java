package org.clusterhub.zone.web;

import org.clusterhub.zone.api.ZoneId;

public record ZoneCreatedResponse(ZoneId zoneId) {
}
