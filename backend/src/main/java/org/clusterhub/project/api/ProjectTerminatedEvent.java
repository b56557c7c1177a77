package org.clusterhub.project.api;

import java.math.BigDecimal;

public record ProjectTerminatedEvent(ProjectId projectId, ProjectStatus from, String reason,
                                     FundingAction fundingAction, BigDecimal fundingAmount) {
}
