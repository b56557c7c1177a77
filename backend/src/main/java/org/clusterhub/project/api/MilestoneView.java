package org.clusterhub.project.api;

import java.time.LocalDate;

public record MilestoneView(String milestoneId, String title, LocalDate dueDate, String deliverable,
                            String ownerOrganization, int percentComplete, boolean completed, boolean overdue,
                            String lastReport) {
}
