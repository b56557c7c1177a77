package org.clusterhub.project.api;

import java.util.List;

public record ProjectPage(List<ProjectSummary> items, ProjectTotals totals) {
}
