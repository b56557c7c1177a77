package org.clusterhub.zone.web;

/** A new task or report: its id and the zone's version after it. */
public record PartCreatedResponse(String id, long version) {
}
