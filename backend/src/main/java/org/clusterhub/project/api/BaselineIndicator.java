package org.clusterhub.project.api;

import java.math.BigDecimal;

public record BaselineIndicator(String indicatorId, String name, String unit, BigDecimal targetValue) {
}
