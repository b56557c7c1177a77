package org.clusterhub.project.api;

import java.math.BigDecimal;

/** @param spentOnLine the line's total spent after this expenditure */
public record ExpenditureRecordedEvent(ProjectId projectId, String lineId, BigDecimal amount, String note,
                                       BigDecimal spentOnLine) {
}
