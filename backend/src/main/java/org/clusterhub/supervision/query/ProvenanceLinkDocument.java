package org.clusterhub.supervision.query;

import java.time.Instant;
import org.clusterhub.supervision.api.ProvenanceLinkKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One aggregate led to another: {@code fromId} is the earlier. Written only by {@link ProvenanceProjection}; the id is
 * made of kind, both ends and the detail, so a redelivered event writes the same document.
 */
@Document("provenance_links")
class ProvenanceLinkDocument {
    @Id
    String id;
    @Indexed
    String fromId;
    @Indexed
    String toId;
    ProvenanceLinkKind kind;
    /** The meeting, bid or grant the link goes through; for {@link ProvenanceLinkKind#SAME_ACTION} the action's id. */
    String detail;
    Instant at;
    String viaAggregateId;
    long viaSequence;
}
