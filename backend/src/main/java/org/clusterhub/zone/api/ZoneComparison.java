package org.clusterhub.zone.api;

import java.util.List;

/** All zones matching the filter side by side, and the national goal (always over all zones). */
public record ZoneComparison(List<ZoneComparisonRow> rows, long total, NationalGoal goal) {
}
