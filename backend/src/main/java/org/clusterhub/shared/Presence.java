package org.clusterhub.shared;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who has a screen open on the same thing (a project), on every node, and which part each is editing. Presence is
 * not a fact of the domain and is not stored as an event: an entry lives as long as its screen keeps it alive.
 */
public interface Presence {

    /**
     * Announces that {@code actor} has {@code resourceId} open. The listener gets the full list of people present
     * whenever it changes (on a background thread: Vaadin views apply it inside {@code UI.access}). Close the handle
     * when the screen detaches.
     */
    Handle join(String resourceId, Actor actor, Consumer<List<Present>> listener);

    interface Handle extends AutoCloseable {
        /** The part being edited now (e.g. {@code section:AIMS}), or null when only viewing. */
        void editing(String part);

        @Override
        void close();
    }

    /** One open screen. {@code sessionId} tells two tabs of the same person apart. */
    record Present(String sessionId, String userId, String displayName, String organization, City city,
                   String editingPart, Instant since) {
    }
}
