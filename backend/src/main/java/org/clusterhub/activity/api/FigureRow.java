package org.clusterhub.activity.api;

import java.math.BigDecimal;

/** One line of the follow-up figures. {@code attendanceRate}: checked in / confirmed, in percent (null without
 * confirmed registrations). {@code meetingsHeld}: scheduled meetings both sides checked in for, or with an outcome. */
public record FigureRow(
        String key,
        String labelZh,
        String labelEn,
        int activities,
        int confirmed,
        int checkedIn,
        BigDecimal attendanceRate,
        int meetingsRequested,
        int meetingsAccepted,
        int meetingsHeld,
        int intentions,
        int contracts,
        BigDecimal contractValue) {
}
