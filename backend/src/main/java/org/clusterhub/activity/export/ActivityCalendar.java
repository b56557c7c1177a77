package org.clusterhub.activity.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.activity.api.ActivitySummary;

/**
 * Activities as an iCalendar file (RFC 5545): one VEVENT per activity, times in UTC (form #2, "Z"), so that every
 * calendar shows them in its own zone without a VTIMEZONE; text escaped (backslash, semicolon, comma, newline) and
 * lines folded at 75 octets without splitting a UTF-8 character. A cancelled activity stays in the file with
 * STATUS:CANCELLED, so that calendars that imported it earlier remove it.
 */
public final class ActivityCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ActivityCalendar() {
    }

    /**
     * @param summaryPrefix e.g. the kind's name, put before each title; may be empty
     * @param location the text for LOCATION, per activity (city and venue, or "online")
     */
    public static String write(List<ActivitySummary> activities, Instant stamp,
                               java.util.function.Function<ActivitySummary, String> summary,
                               java.util.function.Function<ActivitySummary, String> location,
                               java.util.function.Function<ActivitySummary, String> url) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//ClusterHub//Cluster activities//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape("ClusterHub 集群活动"));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        for (ActivitySummary activity : activities) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + activity.activityId() + "@clusterhub");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(activity.startsAt()));
            line(out, "DTEND:" + UTC.format(activity.endsAt()));
            line(out, "SUMMARY:" + escape(summary.apply(activity)));
            line(out, "LOCATION:" + escape(location.apply(activity)));
            line(out, "URL:" + url.apply(activity));
            line(out, "STATUS:" + (activity.status() == ActivityStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets (RFC 5545 3.1): CRLF and one space, never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
