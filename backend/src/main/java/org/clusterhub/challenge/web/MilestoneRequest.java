package org.clusterhub.challenge.web;

import java.time.LocalDate;

/** A delivery milestone. */
record MilestoneRequest(String title, LocalDate dueDate) {
}
