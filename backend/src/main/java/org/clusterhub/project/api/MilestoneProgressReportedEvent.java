package org.clusterhub.project.api;

import java.util.List;

public record MilestoneProgressReportedEvent(ProjectId projectId, String milestoneId, int percentComplete,
                                             String note, List<String> evidence, boolean completed) {
}
