package org.clusterhub.supervision.query;

import java.math.BigDecimal;
import java.time.Instant;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One counted fact of a promotion organization's activity, keyed by the event that made it
 * ({@code aggregateId:sequenceNumber}), so that a redelivered event writes nothing new.
 */
@Document("organization_activity_facts")
@CompoundIndexes({
        @CompoundIndex(name = "by_cluster", def = "{'clusterId': 1, 'indicator': 1, 'occurredAt': 1}"),
        @CompoundIndex(name = "by_aggregate", def = "{'aggregateId': 1, 'indicator': 1}")})
class ActivityFactDocument {
    @Id
    String id;
    String indicator;
    String clusterId;
    /** When it counts: the period it falls in, or (for a member) since when it stands. */
    Instant occurredAt;
    /** From when it is known: the event's time, or for an activity its end (it has taken place only then). */
    Instant knownAt;
    /** A member's departure: it stands no longer from then. */
    Instant endedAt;
    String kind;
    City city;
    /** In the indicator's unit ({@link org.clusterhub.supervision.api.EvaluationIndicator#amountUnit()}). */
    BigDecimal amount;
    /** What ties later events to this fact: a member's organization id, a meeting's id. */
    String matchKey;
    String detail;
    String aggregateType;
    String aggregateId;
    long sequenceNumber;
    String eventType;
    Instant eventTime;
    String who;
    String whoOrganization;
}
