package org.clusterhub.activity.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.clusterhub.activity.api.RegistrationView;

/**
 * Waits briefly for the read model to show what a command just did, so that a response reports the new state. The
 * command has succeeded either way: after the patience the latest read is answered.
 */
final class ReadWait {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private ReadWait() {
    }

    static <T> T until(Callable<Optional<T>> read, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<T> current = read.call();
        while ((current.isEmpty() || !done.test(current.get())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            current = read.call();
        }
        return current.orElseThrow();
    }

    static RegistrationView registrationCheckedIn(Callable<RegistrationView> read) throws Exception {
        return until(() -> Optional.of(read.call()), r -> r.checkedInAt() != null);
    }
}
