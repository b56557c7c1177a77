package org.clusterhub.ui.zone;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.zone.api.IndicatorTrack;
import org.clusterhub.zone.api.TrackStatus;
import org.clusterhub.zone.api.ZoneCreationStatus;
import org.clusterhub.zone.api.ZoneIndicatorView;

/** Badges and one-line texts for a zone's creation status and its indicators' track, shared by the zone screens. */
public final class ZoneBadges {

    private ZoneBadges() {
    }

    public static Span status(Component c, ZoneCreationStatus status) {
        Span badge = new Span(Texts.enumValue(c, "zone.status", status));
        String theme = switch (status) {
            case CREATED_NATIONAL -> "success primary";
            case RECOMMENDED_FOR_NATIONAL, NATIONAL_CREATION -> "success";
            case NOT_SELECTED -> "error";
            case PROVINCIAL_CREATION, REAPPLIED -> "contrast";
        };
        badge.getElement().getThemeList().add("badge " + theme);
        badge.addClassName("zone-status-badge");
        return badge;
    }

    public static Span track(Component c, TrackStatus status) {
        Span badge = new Span(Texts.enumValue(c, "zone.track", status));
        String theme = switch (status) {
            case ACHIEVED -> "success primary";
            case ON_TRACK -> "success";
            case OFF_TRACK, MISSED -> "error";
            case NO_DATA, BASELINE_ONLY -> "contrast";
        };
        badge.getElement().getThemeList().add("badge " + theme);
        badge.getElement().setAttribute("data-track", status.name());
        return badge;
    }

    /** e.g. "最新 66.8%（2025-Q3，待确认）· 目标 ≥ 70%（2025年底）· 按路径应达 67.2%". */
    public static String trackSummary(Component c, ZoneIndicatorView indicator) {
        IndicatorTrack track = indicator.track();
        String unit = indicator.unit() == null ? "" : indicator.unit();
        StringBuilder text = new StringBuilder();
        if (track.latestValue() != null) {
            text.append(c.getTranslation(track.latestAccepted() ? "zone.track.latestAccepted" : "zone.track.latest",
                    plain(track.latestValue()) + unit, track.latestPeriod().toString()));
        } else {
            text.append(c.getTranslation("zone.track.noValue"));
        }
        if (track.targetValue() != null) {
            text.append(" · ").append(c.getTranslation("zone.track.target", symbol(track.comparator()) + " "
                    + plain(track.targetValue()) + unit, track.deadline() == null ? "—" : track.deadline().toString()));
        }
        if (track.expectedValue() != null) {
            text.append(" · ").append(c.getTranslation("zone.track.expected", plain(track.expectedValue()) + unit));
        }
        return text.toString();
    }

    public static String symbol(String comparator) {
        return switch (comparator == null ? "" : comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> comparator == null ? "" : comparator;
        };
    }

    public static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
