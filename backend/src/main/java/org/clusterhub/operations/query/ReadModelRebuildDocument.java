package org.clusterhub.operations.query;

import java.time.Instant;
import java.util.UUID;
import org.clusterhub.operations.api.RebuildPhase;
import org.clusterhub.operations.api.RebuildStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One rebuild of a read model. Written only by {@link ReadModelRebuildProjection}. */
@Document("read_model_rebuilds")
class ReadModelRebuildDocument {
    /** The run's id. */
    @Id
    UUID id;
    @Indexed
    String processor;
    String requestedBy;
    @Indexed
    Instant startedAt;
    RebuildStatus status;
    RebuildPhase lastPhase;
    long events;
    long millis;
    String reason;
    Instant finishedAt;
    /** The sequence number of the last event of the processor's aggregate applied here: redeliveries are skipped. */
    long version;
}
