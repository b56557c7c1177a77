package org.clusterhub.shared.query;

import org.clusterhub.shared.Actor;

/**
 * Any aggregate as it was right after its event {@code sequenceNumber}, as {@code viewer} would have seen it then.
 * Asked of every context: the one that owns {@code aggregateType} (Axon's type, e.g. {@code Cluster}) answers with an
 * optional {@link AsOfState}, rebuilt from the stored events by its own projections and query; the others decline.
 */
public record FindAggregateAsOfQuery(String aggregateType, String aggregateId, long sequenceNumber, Actor viewer) {
}
