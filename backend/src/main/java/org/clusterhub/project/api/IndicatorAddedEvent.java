package org.clusterhub.project.api;

import java.math.BigDecimal;

public record IndicatorAddedEvent(ProjectId projectId, String indicatorId, String name, String unit,
                                  BigDecimal targetValue) {
}
