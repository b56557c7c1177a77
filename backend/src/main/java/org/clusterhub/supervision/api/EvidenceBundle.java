package org.clusterhub.supervision.api;

/**
 * An evidence bundle: NDJSON, a header line then one line per stored event (its stored payload and metadata, the
 * metadata as the hash sees it, and the recorded hash).
 *
 * @param head the recorded hash of the last event: kept elsewhere, it anchors the chain
 */
public record EvidenceBundle(String aggregateId, long events, String head, String ndjson) {
}
