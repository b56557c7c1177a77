package org.clusterhub.supervision.api;

import java.util.List;

/**
 * The result of checking stored events against their hash chains: one aggregate's, or the whole store's.
 *
 * @param aggregates how many aggregates' histories were checked
 * @param eventsChecked how many stored events were read
 * @param intact nothing was found
 * @param findings everything wrong, in store order
 */
public record HistoryVerification(long aggregates, long eventsChecked, boolean intact,
                                  List<IntegrityFinding> findings, long millis) {

    public static HistoryVerification of(long aggregates, long eventsChecked, List<IntegrityFinding> findings,
                                         long millis) {
        return new HistoryVerification(aggregates, eventsChecked, findings.isEmpty(), List.copyOf(findings), millis);
    }
}
