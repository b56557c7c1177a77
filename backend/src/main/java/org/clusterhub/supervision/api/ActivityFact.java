package org.clusterhub.supervision.api;

import java.time.Instant;
import org.clusterhub.shared.City;

/**
 * One counted fact and the stored event behind it: the event's aggregate, sequence number, type and time, and who
 * sent it. {@code occurredAt} is when it counts (an activity: when it started; a check-in: when the person came);
 * {@code endedAt}, for a member, when it left the cluster (null while it stays).
 *
 * @param subject the aggregate's name as known now (the project's, activity's, consortium's, challenge's title)
 * @param detail what the event says about it (the member, the organization checked in, the winner...)
 * @param kind the kind counted by (an organization's or activity's kind, a meeting's outcome), may be null
 */
public record ActivityFact(EvaluationIndicator indicator, Instant occurredAt, Instant endedAt, String aggregateType,
                           String aggregateId, long sequenceNumber, String eventType, Instant eventTime,
                           String subject, String detail, String kind, City city, String who,
                           String whoOrganization) {
}
