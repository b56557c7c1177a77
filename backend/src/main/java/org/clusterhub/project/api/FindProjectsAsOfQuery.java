package org.clusterhub.project.api;

import java.time.Instant;

/**
 * A page of the project library as it stood at {@code asOf}: every project event stored up to that instant read from
 * the event store and handed to the library's own projection in memory, then {@code page} asked of that (never of
 * the read model). Answered with a {@link ProjectPage}.
 */
public record FindProjectsAsOfQuery(FindProjectsQuery page, Instant asOf) {
}
