package org.clusterhub.zone.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A batch recommendation as the batch list shows it. Written only by {@link ZoneMonitoringProjection}. */
@Document("zone_batches")
class ZoneBatchDocument {
    @Id
    String id;
    String name;
    List<String> zoneIds = new ArrayList<>();
    List<String> zoneNames = new ArrayList<>();
    String reasons;
    LocalDate recommendedOn;
    String recordedBy;
    @Indexed
    Instant recordedAt;
}
