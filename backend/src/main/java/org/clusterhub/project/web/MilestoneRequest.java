package org.clusterhub.project.web;

import java.time.LocalDate;

/** A milestone; {@code expectedVersion} only for a revision. */
record MilestoneRequest(String title, LocalDate dueDate, String deliverable, String ownerOrganization,
                        Long expectedVersion) {
}
