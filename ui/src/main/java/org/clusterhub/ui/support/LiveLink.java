package org.clusterhub.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Function;
import org.clusterhub.shared.LiveFeed;

/**
 * Ties a screen's live-feed subscription to its attachment: opened on attach, closed on detach, so that no
 * subscription outlives its screen. A detail view that Vaadin reuses for another id calls {@link #reopen}.
 */
public final class LiveLink {

    private final Function<UI, LiveFeed.Subscription> open;
    private LiveFeed.Subscription current;

    private LiveLink(Component screen, Function<UI, LiveFeed.Subscription> open) {
        this.open = open;
        screen.addAttachListener(attach -> reopen(attach.getUI()));
        screen.addDetachListener(detach -> close());
    }

    /** {@code open} may answer null when there is nothing to follow yet. */
    public static LiveLink whileAttached(Component screen, Function<UI, LiveFeed.Subscription> open) {
        return new LiveLink(screen, open);
    }

    public void reopen(UI ui) {
        close();
        current = open.apply(ui);
    }

    private void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
