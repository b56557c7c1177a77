package org.clusterhub.operations.web;

import java.util.UUID;

/** The run started; follow it on {@code GET /api/operations/read-models}. */
record RebuildStartedResponse(String processor, UUID runId) {
}
