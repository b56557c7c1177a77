package org.clusterhub.zone.api;

/** An indicator in the comparison: its name, unit and where it stands. */
public record IndicatorBrief(String indicator, String indicatorEn, String unit, IndicatorTrack track) {
}
