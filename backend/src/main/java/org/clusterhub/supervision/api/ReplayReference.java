package org.clusterhub.supervision.api;

/**
 * Another aggregate that a replayed one names, or that its provenance links it to (ADR 018).
 *
 * @param aggregateType e.g. {@code Cluster}, from the field that names it ({@code clusterId})
 * @param path where the view names it; {@code provenance.<link kind>} for a provenance link
 * @param name the other aggregate's name where it is known without reading the view; null otherwise
 */
public record ReplayReference(String aggregateType, String aggregateId, String path, String name) {

    public ReplayReference(String aggregateType, String aggregateId, String path) {
        this(aggregateType, aggregateId, path, null);
    }
}
