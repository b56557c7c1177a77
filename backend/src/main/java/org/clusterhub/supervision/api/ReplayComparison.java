package org.clusterhub.supervision.api;

import java.util.List;

/**
 * The differences between two points of an aggregate's history, field by field.
 *
 * @param changes every field whose value differs; a field present at one point only has null on the other side
 */
public record ReplayComparison(String aggregateId, long fromSequence, long toSequence, List<ReplayChange> changes) {

    public record ReplayChange(String path, String before, String after) {
    }
}
