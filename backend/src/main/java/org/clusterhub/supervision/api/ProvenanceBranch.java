package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.List;

/**
 * One step in a provenance tree: the aggregate reached, by which link, recorded by which event.
 *
 * @param detail what the link names inside the aggregates: the meeting, the bid, the grant; null for
 *               {@link ProvenanceLinkKind#SAME_ACTION}
 * @param viaAggregateId the aggregate whose event recorded the link
 * @param viaSequence that event's sequence number in it
 * @param next the steps further on in the same direction
 */
public record ProvenanceBranch(ProvenanceNode node, ProvenanceLinkKind link, String detail, Instant at,
                               String viaAggregateId, long viaSequence, List<ProvenanceBranch> next) {
}
