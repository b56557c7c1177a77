package org.clusterhub.project.api;

import java.math.BigDecimal;

/**
 * 立项. {@code baseline} is the plan as approved; {@code approvedBudget} its total and {@code provincialSubsidy} the
 * part funded by the province (万元).
 */
public record ProjectApprovedEvent(ProjectId projectId, ProjectBaseline baseline, BigDecimal approvedBudget,
                                   BigDecimal provincialSubsidy) {
}
