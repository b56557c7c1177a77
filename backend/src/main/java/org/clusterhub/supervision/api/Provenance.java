package org.clusterhub.supervision.api;

import java.util.List;

/**
 * An aggregate's provenance: the trees of aggregates it came from ({@code cameFrom}, each branch's {@code next} going
 * further back) and led to ({@code ledTo}, each branch's {@code next} going further on).
 */
public record Provenance(ProvenanceNode root, List<ProvenanceBranch> cameFrom, List<ProvenanceBranch> ledTo) {
}
