package org.clusterhub.project.api;

import java.util.List;

/**
 * The differences between two points of a project's history, field by field.
 *
 * @param changes every field whose value differs, in the order of the project's view; a field only at one point has
 *                null on the other side
 */
public record ProjectComparison(ProjectId projectId, long fromSequence, long toSequence,
                                List<FieldChange> changes) {

    /**
     * @param path where the field is, e.g. {@code budgetLines[L1].amount} or {@code status}
     */
    public record FieldChange(String path, String before, String after) {
    }
}
