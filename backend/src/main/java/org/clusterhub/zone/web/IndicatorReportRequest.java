package org.clusterhub.zone.web;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/zones/{id}/indicator-reports}.
 *
 * @param indicator the Chinese name of one of the zone's target indicators
 * @param period {@code 2025} or {@code 2025-Q3}; not one that has not begun (Asia/Shanghai)
 * @param value a number; a text is refused as such
 * @param source where the figure comes from (统计局快报, 年鉴, ...)
 */
public record IndicatorReportRequest(String indicator, String period, BigDecimal value, String source) {
}
