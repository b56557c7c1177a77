package org.clusterhub.project.api;

import java.time.LocalDate;

public record BaselineMilestone(String milestoneId, String title, LocalDate dueDate) {
}
