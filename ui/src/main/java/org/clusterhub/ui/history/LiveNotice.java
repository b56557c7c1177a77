package org.clusterhub.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import org.clusterhub.shared.City;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.ui.support.Texts;

/** The notice a screen shows when someone else changed what it shows: who, for which organization and city, what. */
public final class LiveNotice {

    private LiveNotice() {
    }

    private static final int MAX_SUMMARY = 120;

    private static String abbreviate(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    /** Call inside {@code UI.access}. */
    public static void show(Component screen, LiveEvent event) {
        String organization = event.metadata().getOrDefault(MetaDataKeys.ORGANIZATION, "");
        String city = event.metadata().get(MetaDataKeys.CITY);
        String where = city == null ? organization
                : screen.getTranslation("live.notice.where", organization, Texts.city(screen, City.valueOf(city)));
        String text = screen.getTranslation("live.notice", event.actorName(), where,
                EventDescriptions.title(screen, event.eventType()),
                abbreviate(EventDescriptions.summary(screen, event.eventType(), event.fields())));
        // Bottom corner: the header's language switch and sign-out stay reachable while it shows.
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_END);
        notification.setId("live-notice");
        notification.addClassName("live-notice");
    }
}
