package org.clusterhub.shared;

import java.util.function.Consumer;

/**
 * Every new event of the store, on every node, for live screens. Listeners run on a background thread: a Vaadin
 * view must apply changes inside {@code UI.access}.
 */
public interface LiveFeed {

    /** Listens to the events of one aggregate. Close the subscription when the screen detaches. */
    Subscription subscribe(String aggregateId, Consumer<LiveEvent> listener);

    /** Listens to the events of every aggregate of one type, e.g. {@code Cluster}. */
    Subscription subscribeToType(String aggregateType, Consumer<LiveEvent> listener);

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
