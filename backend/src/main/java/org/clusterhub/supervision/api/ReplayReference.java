package org.clusterhub.supervision.api;

/**
 * Another aggregate that a replayed one names.
 *
 * @param aggregateType e.g. {@code Cluster}, from the field that names it ({@code clusterId})
 * @param path where the view names it
 */
public record ReplayReference(String aggregateType, String aggregateId, String path) {
}
