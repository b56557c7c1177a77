package org.clusterhub.supervision.api;

/**
 * One aggregate's stored events with their hashes, as an evidence bundle that can be verified offline; answered
 * with an {@link EvidenceBundle}.
 */
public record ExportEvidenceQuery(String aggregateId, String exportedBy) {
}
