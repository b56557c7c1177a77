package org.clusterhub.supervision.query;

import java.time.Instant;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One recorded access to a replay. Written only by {@link ReplayAccessProjection}. */
@Document("replay_accesses")
class ReplayAccessDocument {
    /** The log's id and the event's sequence number in it: a redelivered event writes the same document. */
    @Id
    String id;
    @Indexed
    Instant at;
    @Indexed
    String username;
    String displayName;
    String role;
    String organization;
    String city;
    @Indexed
    String viewedAggregateId;
    String viewedAggregateType;
    String viewedTitle;
    ReplayAccessAction action;
    Long sequenceNumber;
}
