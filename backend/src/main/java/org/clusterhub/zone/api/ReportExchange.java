package org.clusterhub.zone.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A question, answer or acceptance about a reported value; an answer may carry a corrected value. */
public record ReportExchange(ExchangeKind kind, String text, String byName, Instant at, BigDecimal previousValue,
                             BigDecimal value) {
}
