package org.clusterhub.supervision.api;

/**
 * One part of an indicator's figure, e.g. the enterprises among the members ({@code KIND}, {@code ENTERPRISE}) or
 * the members in Qingdao ({@code CITY}, {@code QINGDAO}).
 */
public record BreakdownCount(FactBreakdown breakdown, String key, long count) {
}
