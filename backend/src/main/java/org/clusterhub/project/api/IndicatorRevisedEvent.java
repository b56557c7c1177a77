package org.clusterhub.project.api;

import java.math.BigDecimal;

public record IndicatorRevisedEvent(ProjectId projectId, String indicatorId, String name, String unit,
                                    BigDecimal targetValue) {
}
