package org.clusterhub.zone.web;

/** The zone's version after a change: send it back as {@code expectedVersion} with the next change. */
public record ZoneVersionResponse(long version) {
}
