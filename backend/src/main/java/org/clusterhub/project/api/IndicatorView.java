package org.clusterhub.project.api;

import java.math.BigDecimal;

public record IndicatorView(String indicatorId, String name, String unit, BigDecimal targetValue) {
}
