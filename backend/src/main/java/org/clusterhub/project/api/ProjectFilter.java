package org.clusterhub.project.api;

import java.math.BigDecimal;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

/**
 * The library's filter; null fields do not filter. {@code year} matches projects running in that year; the
 * funding range applies to the approved budget (or the requested one before approval), in 万元.
 */
public record ProjectFilter(ClusterId clusterId, ProjectKind kind, LibraryState libraryState, ProjectStatus status,
                            City city, Integer year, BigDecimal minFunding, BigDecimal maxFunding,
                            boolean overdueOnly, String text) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null, null, null, false, null);
    }
}
