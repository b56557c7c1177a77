package org.clusterhub.supervision.api;

import java.time.Instant;
import java.util.List;

/**
 * An aggregate at one point of its replay.
 *
 * @param at when the point's event was stored
 * @param title its name or title then
 * @param view the owning context's view record then; null when that kind of aggregate cannot be rebuilt yet
 * @param fields the view, field by field (lists keyed by their items' ids), for display and comparison
 * @param references other aggregates it names then (its cluster, a winning bid's consortium...), for their replays
 */
public record ReplayState(String aggregateId, String aggregateType, long sequenceNumber, Instant at, String title,
                          Object view, List<ReplayField> fields, List<ReplayReference> references) {
}
