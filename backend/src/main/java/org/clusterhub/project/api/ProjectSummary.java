package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

public record ProjectSummary(ProjectId projectId, ClusterId clusterId, String clusterName, ProjectKind kind,
                             String title, String leadOrganization, City city, ProjectStatus status,
                             LibraryState libraryState, int startYear, int endYear, BigDecimal requestedBudget,
                             BigDecimal approvedBudget, BigDecimal provincialSubsidy, BigDecimal spent,
                             boolean overdue, Instant lastChangedAt, long version) {
}
