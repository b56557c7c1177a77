package org.clusterhub.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.clusterhub.shared.LiveEvent;
import org.clusterhub.shared.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a list screen when events of one aggregate type arrive, at most once per interval. A list of many
 * aggregates (the project library, a work queue) re-queries instead of patching rows; a burst of events (an approval
 * writes several, a seed writes thousands) must cost one query, not one per event. The subscription lives while the
 * screen is attached (see {@link LiveLink}).
 */
public final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);
    /** Shared by all screens of the node: the work per flush is one wait and one {@code UI.access}. */
    private static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration interval;
    private final Duration again;
    private final Consumer<List<LiveEvent>> catchUp;
    private final Runnable refresh;
    private final List<LiveEvent> pending = new ArrayList<>();
    private ScheduledFuture<?> scheduled;
    private UI ui;

    private LiveRefresh(Duration interval, Duration again, Consumer<List<LiveEvent>> catchUp, Runnable refresh) {
        this.interval = interval;
        this.again = again;
        this.catchUp = catchUp;
        this.refresh = refresh;
    }

    /**
     * @param catchUp runs off the UI thread before the refresh with the batch of events, e.g. to wait until the read
     *                model includes the newest of them; may be a no-op
     * @param refresh runs inside {@code UI.access}
     */
    public static void whileAttached(Component screen, LiveFeed feed, String aggregateType, Duration interval,
                                     Consumer<List<LiveEvent>> catchUp, Runnable refresh) {
        whileAttached(screen, feed, aggregateType, interval, null, catchUp, refresh);
    }

    /**
     * @param again when not null, refresh once more this long after each refresh: for a read model fed by a
     *              processor of its own, which {@code catchUp} cannot wait for (it has no version to ask for)
     */
    public static void whileAttached(Component screen, LiveFeed feed, String aggregateType, Duration interval,
                                     Duration again, Consumer<List<LiveEvent>> catchUp, Runnable refresh) {
        LiveRefresh live = new LiveRefresh(interval, again, catchUp, refresh);
        LiveLink.whileAttached(screen, ui -> {
            live.attach(ui);
            LiveFeed.Subscription subscription = feed.subscribeToType(aggregateType, live::arrived);
            return () -> {
                subscription.close();
                live.detach();
            };
        });
    }

    private synchronized void attach(UI attachedTo) {
        ui = attachedTo;
    }

    private synchronized void detach() {
        ui = null;
        pending.clear();
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    private synchronized void arrived(LiveEvent event) {
        if (ui == null) {
            return;
        }
        pending.add(event);
        if (scheduled == null) {
            scheduled = TIMER.schedule(this::flush, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        List<LiveEvent> batch;
        UI target;
        synchronized (this) {
            scheduled = null;
            target = ui;
            batch = List.copyOf(pending);
            pending.clear();
        }
        if (target == null || batch.isEmpty()) {
            return;
        }
        try {
            catchUp.accept(batch);
        } catch (RuntimeException e) {
            // Refresh anyway: a screen a little behind is better than one that stopped following.
            log.debug("catching up before a live refresh failed", e);
        }
        refreshIn(target);
        if (again != null) {
            TIMER.schedule(() -> {
                synchronized (this) {
                    if (ui != target) {
                        return;
                    }
                }
                refreshIn(target);
            }, again.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refreshIn(UI target) {
        try {
            target.access(refresh::run);
        } catch (UIDetachedException closed) {
            // The screen went away while catching up; nothing to refresh.
        }
    }
}
