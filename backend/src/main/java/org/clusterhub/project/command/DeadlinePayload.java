package org.clusterhub.project.command;

import java.time.LocalDate;

/** What a project deadline remembers: the date it watches and, for a milestone, which one. */
record DeadlinePayload(LocalDate dueDate, String subjectId) {
}
