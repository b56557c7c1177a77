package org.clusterhub.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits briefly for a read model to reach a version. A live notice can arrive on one node before another node's
 * projection has written the change; the screen asks for "at least version n" and gets it a few ms later.
 */
public final class ReadModelWait {

    private ReadModelWait() {
    }

    public static <T> Optional<T> until(Supplier<Optional<T>> read, Predicate<T> caughtUp, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<T> current = read.get();
        while (System.nanoTime() < deadline && (current.isEmpty() || !caughtUp.test(current.get()))) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = read.get();
        }
        return current;
    }
}
