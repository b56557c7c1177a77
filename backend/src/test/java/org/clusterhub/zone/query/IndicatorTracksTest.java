package org.clusterhub.zone.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.IndicatorReportView;
import org.clusterhub.zone.api.IndicatorTrack;
import org.clusterhub.zone.api.ReportState;
import org.clusterhub.zone.api.TrackStatus;
import org.clusterhub.zone.api.ZoneTarget;
import org.junit.jupiter.api.Test;

/** The off-track rule: straight path from the first figure to the target, judged at the end of the latest period. */
class IndicatorTracksTest {

    static final ZoneTarget SHARE_70_BY_2025 = new ZoneTarget("先进制造业占比", null, ">=", new BigDecimal("70"), "%",
            2025);
    static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);

    @Test
    void noFigureIsNoDataAndOneFigureIsOnlyTheBaseline() {
        assertThat(judge(List.of(SHARE_70_BY_2025), List.of(), MID_2025).status()).isEqualTo(TrackStatus.NO_DATA);
        assertThat(judge(List.of(SHARE_70_BY_2025), List.of(report("2021", "60")), MID_2025).status())
                .isEqualTo(TrackStatus.BASELINE_ONLY);
    }

    @Test
    void behindTheStraightPathIsOffTrackAtOrBeyondItIsOnTrack() {
        // From 60 (end of 2021) to 70 (end of 2025): at the end of 2023 the path stands at 65 (730 of 1461 days).
        IndicatorTrack behind = judge(List.of(SHARE_70_BY_2025), List.of(report("2021", "60"), report("2023", "64")),
                MID_2025);
        assertThat(behind.status()).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(behind.expectedValue()).isEqualByComparingTo("64.9966");
        IndicatorTrack ahead = judge(List.of(SHARE_70_BY_2025), List.of(report("2021", "60"), report("2023", "65.1")),
                MID_2025);
        assertThat(ahead.status()).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void meetingTheTargetIsAchievedAndMissingItAfterTheDeadlineIsMissed() {
        assertThat(judge(List.of(SHARE_70_BY_2025), List.of(report("2021", "60"), report("2024", "70")), MID_2025)
                .status()).isEqualTo(TrackStatus.ACHIEVED);
        IndicatorTrack missed = judge(List.of(SHARE_70_BY_2025), List.of(report("2021", "60"), report("2025", "69.5")),
                LocalDate.of(2026, 1, 1));
        assertThat(missed.status()).isEqualTo(TrackStatus.MISSED);
        assertThat(missed.status().offTrack()).isTrue();
    }

    @Test
    void lowerIsBetterForAnUpperLimit() {
        ZoneTarget energy = new ZoneTarget("单位工业增加值能耗", null, "<=", new BigDecimal("0.8"), "吨标煤/万元", 2025);
        assertThat(judge(List.of(energy), List.of(report("2021", "1.2"), report("2023", "0.95")), MID_2025).status())
                .isEqualTo(TrackStatus.ON_TRACK);
        assertThat(judge(List.of(energy), List.of(report("2021", "1.2"), report("2023", "1.1")), MID_2025).status())
                .isEqualTo(TrackStatus.OFF_TRACK);
    }

    @Test
    void theTargetDueInOrAfterTheLatestYearGoverns() {
        ZoneTarget by2023 = new ZoneTarget("数字化车间", null, ">=", new BigDecimal("100"), "个", 2023);
        ZoneTarget by2025 = new ZoneTarget("数字化车间", null, ">=", new BigDecimal("300"), "个", 2025);
        IndicatorTrack track = judge(List.of(by2025, by2023), List.of(report("2022", "80"), report("2024-Q2", "150")),
                MID_2025);
        assertThat(track.targetValue()).isEqualByComparingTo("300");
        assertThat(track.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    private static IndicatorTrack judge(List<ZoneTarget> targets, List<IndicatorReportView> reports, LocalDate today) {
        return IndicatorTracks.judge(targets, reports, today);
    }

    private static IndicatorReportView report(String period, String value) {
        return new IndicatorReportView("r-" + period, "x", ReportingPeriod.parse(period), new BigDecimal(value), "%",
                "统计局", ReportState.REPORTED, "coord", Instant.EPOCH, List.of());
    }
}
