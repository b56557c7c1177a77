package org.clusterhub.zone.web;

import org.clusterhub.zone.api.ZoneBatchId;

public record ZoneBatchCreatedResponse(ZoneBatchId batchId) {
}
