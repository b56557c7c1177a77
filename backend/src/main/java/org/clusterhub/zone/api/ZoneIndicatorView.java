package org.clusterhub.zone.api;

import java.util.List;

/**
 * An indicator the zone's targets name, with every target set for it (e.g. one per year), its reported values in
 * period order and how it stands.
 */
public record ZoneIndicatorView(String indicator, String indicatorEn, String unit, List<ZoneTarget> targets,
                                List<IndicatorReportView> reports, IndicatorTrack track) {
}
