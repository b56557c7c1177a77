package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tranche with its state: when it became payable and why, and when and with which voucher it was paid. */
public record TrancheView(int number, BigDecimal amount, TrancheCondition condition, String milestoneId,
                          String milestoneTitle, String note, TrancheState state, Instant payableSince,
                          String evidence, LocalDate paidOn, String voucher) {
}
