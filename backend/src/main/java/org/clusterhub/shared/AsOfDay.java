package org.clusterhub.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "As it stood on a day": the last instant of that day in Asia/Shanghai (ADR 016). */
public final class AsOfDay {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private AsOfDay() {
    }

    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusNanos(1);
    }
}
