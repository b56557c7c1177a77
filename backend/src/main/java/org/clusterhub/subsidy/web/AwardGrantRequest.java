package org.clusterhub.subsidy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.RecipientKind;
import org.clusterhub.subsidy.api.TranchePlan;

/**
 * A grant (万元) paid in tranches. For a {@code PROJECT} name only {@code projectId}; for an {@code ORGANIZATION} its
 * name and city, or a {@code clusterId} (its promotion organization and center city are then the defaults).
 */
record AwardGrantRequest(RecipientKind recipientKind, UUID projectId, String organization, UUID clusterId, City city,
                         BigDecimal amount, String purpose, List<TranchePlan> tranches) {
}
