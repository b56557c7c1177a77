package org.clusterhub.project.web;

import java.time.LocalDate;

/** The provincial decision to approve: publicity of {@code publicityWorkingDays} working days (5 if 0). */
record ApproveRequest(String comments, int publicityWorkingDays, LocalDate publicityStartsOn) {
}
