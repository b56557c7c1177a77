package org.clusterhub.supervision.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An aggregate as the provenance and correlation views name it: its type, and its name and cluster from its first
 * event. Written only by {@link ProvenanceProjection}.
 */
@Document("provenance_nodes")
class ProvenanceNodeDocument {
    /** The aggregate's id. */
    @Id
    String id;
    String type;
    String name;
    String clusterId;
}
