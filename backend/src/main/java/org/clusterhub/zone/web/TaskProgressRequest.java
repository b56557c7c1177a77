package org.clusterhub.zone.web;

/** Body of {@code POST /api/zones/{id}/tasks/{taskId}/progress}: 0..100 and what was done. */
public record TaskProgressRequest(Integer percentDone, String note) {
}
