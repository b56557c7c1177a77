package org.clusterhub.supervision.api;

/**
 * Recorded replay accesses, newest first, one page; each filter may be null. Answered with a {@link ReplayAccessPage}.
 *
 * @param viewedAggregateId only accesses to this aggregate
 * @param username only this person's
 * @param aggregateType only accesses to this kind of aggregate (e.g. {@code Project})
 */
public record FindReplayAccessesQuery(String viewedAggregateId, String username, String aggregateType,
                                      ReplayAccessAction action, int offset, int limit) {
}
