package org.clusterhub.subsidy.api;

import java.math.BigDecimal;

/**
 * A tranche's terms as the programme recorded them: numbered within its grant (1, 2, ...), the amount in 万元, the
 * condition, and for a milestone its id and title as the project named it then.
 */
public record Tranche(int number, BigDecimal amount, TrancheCondition condition, String milestoneId,
                      String milestoneTitle, String note) {
}
