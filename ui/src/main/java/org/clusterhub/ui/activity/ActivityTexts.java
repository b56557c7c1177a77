package org.clusterhub.ui.activity;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.clusterhub.activity.api.ActivitySummary;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.shared.City;
import org.clusterhub.ui.support.Texts;

/** How activities read on screen: times in Asia/Shanghai, places and cluster names in the person's language. */
public final class ActivityTexts {

    private ActivityTexts() {
    }

    public static String when(Component c, Instant start, Instant end) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(c.getTranslation("activity.format.day"), Texts.locale())
                .withZone(Texts.SHANGHAI);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(Texts.SHANGHAI);
        boolean sameDay = day.format(start).equals(day.format(end));
        return day.format(start) + " " + time.format(start) + "–" + (sameDay ? "" : day.format(end) + " ")
                + time.format(end);
    }

    public static String place(Component c, City city, String venue, boolean online) {
        String where = Texts.city(c, city);
        if (online) {
            return where + " · " + c.getTranslation("activity.online");
        }
        return venue == null ? where : where + " · " + venue;
    }

    public static String place(Component c, ActivitySummary a) {
        return place(c, a.city(), a.venue(), a.online());
    }

    public static String place(Component c, ActivityView a) {
        return place(c, a.city(), a.venue(), a.online());
    }

    public static String cluster(String nameZh, String nameEn) {
        return Texts.english() && nameEn != null ? nameEn : nameZh == null ? "" : nameZh;
    }

    /** The colon after a label: full-width in Chinese text, ": " in English. */
    public static String colon() {
        return Texts.english() ? ": " : "：";
    }

    public static String cluster(ClusterSummary c) {
        return cluster(c.nameZh(), c.nameEn());
    }
}
