package org.clusterhub.project.web;

import java.math.BigDecimal;

/** A measurable indicator (KPI); {@code expectedVersion} only for a revision. */
record IndicatorRequest(String name, String unit, BigDecimal targetValue, Long expectedVersion) {
}
