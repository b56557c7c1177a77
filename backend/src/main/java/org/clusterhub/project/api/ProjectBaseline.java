package org.clusterhub.project.api;

import java.util.List;

/** The plan as approved: later change requests change the current plan; the baseline stays for comparison. */
public record ProjectBaseline(String leadOrganization, String personInCharge, int startYear, int endYear,
                              List<BaselineLine> budgetLines, List<BaselineMilestone> milestones,
                              List<BaselineIndicator> indicators) {
}
