package org.clusterhub.activity.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.clusterhub.activity.api.ActivityId;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.ActivitySummary;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.Test;

class ActivityCalendarTest {

    static final ActivityId ID = ActivityId.of("a1b2c3d4-0000-4000-8000-000000000001");

    private static ActivitySummary activity(String title, ActivityStatus status) {
        return new ActivitySummary(ID, ClusterId.forPlanCode("x"), "集群", "Cluster", ActivityKind.MATCHMAKING, title,
                City.QINGDAO, "会议中心; A厅, 3楼", false, Instant.parse("2026-03-20T01:00:00Z"),
                Instant.parse("2026-03-20T09:00:00Z"), 100, status, 0, 0, 0, 0);
    }

    private static String write(ActivitySummary a) {
        return ActivityCalendar.write(List.of(a), Instant.parse("2026-03-01T00:00:00Z"), ActivitySummary::title,
                ActivitySummary::venue, x -> "https://clusterhub.example/activities/" + x.activityId());
    }

    @Test
    void eachActivityIsAVeventWithUidUtcTimesAndEscapedText() {
        String ics = write(activity("对接会, 第一场; 青岛\n下午", ActivityStatus.PUBLISHED));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nBEGIN:VEVENT\r\nUID:" + ID + "@clusterhub\r\n")
                .contains("DTSTAMP:20260301T000000Z\r\n")
                .contains("DTSTART:20260320T010000Z\r\n").contains("DTEND:20260320T090000Z\r\n")
                .contains("SUMMARY:对接会\\, 第一场\\; 青岛\\n下午\r\n")
                .contains("LOCATION:会议中心\\; A厅\\, 3楼\r\n")
                .contains("STATUS:CONFIRMED\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String ics = write(activity("山东省智能农机装备产业集群与潍坊市人民政府联合举办的产业链供需对接暨新产品发布会（第三期）",
                ActivityStatus.PUBLISHED));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:山东省智能农机装备产业集群与潍坊市人民政府联合举办的产业链供需对接暨新产品发布会（第三期）\r\n");
    }

    @Test
    void aCancelledActivityStaysInTheFileAsCancelled() {
        assertThat(write(activity("对接会", ActivityStatus.CANCELLED))).contains("STATUS:CANCELLED\r\n");
    }
}
