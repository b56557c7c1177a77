package org.clusterhub.project.api;

import java.time.LocalDate;

public record MilestoneAddedEvent(ProjectId projectId, String milestoneId, String title, LocalDate dueDate,
                                  String deliverable, String ownerOrganization) {
}
