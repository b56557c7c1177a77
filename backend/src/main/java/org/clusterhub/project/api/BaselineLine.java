package org.clusterhub.project.api;

import java.math.BigDecimal;

/** A budget line as approved (立项). */
public record BaselineLine(String lineId, String item, FundingSource source, BigDecimal amount) {
}
