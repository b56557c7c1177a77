package org.clusterhub.infrastructure.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.IntegrityFinding;
import org.clusterhub.supervision.api.IntegrityProblem;
import org.clusterhub.supervision.api.VerificationProgress;
import org.clusterhub.supervision.api.VerifyEventStoreQuery;
import org.clusterhub.supervision.api.VerifyHistoryQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks stored events against their hash chains, reading the event table's rows as stored (no deserialization of
 * payloads): exactly what someone editing the database would have changed. It finds an altered event, a removed one
 * (a gap in the sequence), and events without a hash; see ADR 013 for what a chain cannot show on its own.
 *
 * @see <a href="../../../../../../../../docs/decisions/013-hash-chained-events.md">ADR 013</a>
 */
@Component
public class HashChainVerifier {

    private static final String COLUMNS = "SELECT aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, "
            + "payload, metaData, timeStamp FROM domainevententry";
    private static final int FETCH_SIZE = 2000;
    /** Rows handed from the reading thread to the checking one at a time, and batches waiting at most. */
    private static final int BATCH = 1000;
    private static final int QUEUED_BATCHES = 8;

    private final JdbcTemplate sql;
    private final QueryUpdateEmitter updates;
    private final ObjectMapper json = new ObjectMapper();

    public HashChainVerifier(DataSource dataSource, QueryUpdateEmitter updates) {
        this.updates = updates;
        this.sql = new JdbcTemplate(dataSource);
        this.sql.setFetchSize(FETCH_SIZE);
    }

    @QueryHandler
    public HistoryVerification handle(VerifyHistoryQuery query) {
        return verifyAggregate(query.aggregateId());
    }

    /** Subscribers of this run hear its progress every 10,000 events. */
    @QueryHandler
    public HistoryVerification handle(VerifyEventStoreQuery query) {
        long total = count();
        return verifyStore(done -> updates.emit(VerifyEventStoreQuery.class,
                subscribed -> subscribed.runId().equals(query.runId()), new VerificationProgress(done, total)));
    }

    public HistoryVerification verifyAggregate(String aggregateId) {
        long start = System.nanoTime();
        Chains chains = new Chains();
        sql.query(COLUMNS + " WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                (ResultSet row) -> {
                    chains.check(Row.of(row, json));
                }, aggregateId);
        return chains.result(start);
    }

    /**
     * Every stored event, in store order, keeping the last hash of each aggregate. {@code progress} hears the number
     * of events checked every 10,000 events; {@link #count()} tells the total to expect.
     *
     * <p>Two threads: one reads the rows (JDBC, a large fetch size) and hands them over in batches, the caller's
     * checks them (metadata parsing and hashing), so that reading and hashing overlap.
     */
    public HistoryVerification verifyStore(LongConsumer progress) {
        long start = System.nanoTime();
        Chains chains = new Chains();
        BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            List<List<Row>> batch = new ArrayList<>(1);
            batch.add(new ArrayList<>(BATCH));
            try {
                sql.query(connection -> {
                    // PostgreSQL streams with a fetch size only inside a transaction.
                    connection.setAutoCommit(false);
                    PreparedStatement statement = connection.prepareStatement(COLUMNS + " ORDER BY globalIndex",
                            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(FETCH_SIZE);
                    return statement;
                }, (ResultSet row) -> {
                    batch.get(0).add(Row.of(row, json));
                    if (batch.get(0).size() == BATCH) {
                        if (!hand(batches, batch.get(0), stopped)) {
                            throw new CancellationException("the checking thread stopped");
                        }
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                hand(batches, batch.get(0), stopped);
                hand(batches, List.of(), stopped);
            }
        }, "hash-chain-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<Row> rows = batches.take();
                if (rows.isEmpty()) {
                    break;
                }
                for (Row row : rows) {
                    chains.check(row);
                    if (chains.events % 10_000 == 0) {
                        progress.accept(chains.events);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } finally {
            stopped.set(true);
            batches.clear();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        progress.accept(chains.events);
        return chains.result(start);
    }

    /** Hands rows to the checking thread, waiting while it is busy; false if it stopped. */
    private static boolean hand(BlockingQueue<List<Row>> batches, List<Row> rows, AtomicBoolean stopped) {
        try {
            while (!stopped.get()) {
                if (batches.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One stored event as the table holds it, with what can be worked out from it alone (on the reading thread):
     * its metadata as the hash sees it, the recorded hash, the time in ms and the payload's digest; or why not.
     */
    private record Row(String aggregateId, long sequence, String payloadType, String payloadRevision,
                       byte[] payloadDigest, long epochMillis, SortedMap<String, String> metadata, String recorded,
                       String unreadable) {

        static Row of(ResultSet row, ObjectMapper json) throws SQLException {
            String aggregateId = row.getString(1);
            long sequence = row.getLong(2);
            String payloadType = row.getString(3);
            String payloadRevision = row.getString(4);
            try {
                byte[] stored = row.getBytes(6);
                JsonNode metadata = stored == null ? json.createObjectNode() : json.readTree(stored);
                SortedMap<String, String> canonical = EventHash.canonical(metadata);
                long millis = HashChainVerifier.epochMillis(row.getString(7));
                return new Row(aggregateId, sequence, payloadType, payloadRevision,
                        EventHash.payloadDigest(row.getBytes(5)), millis, canonical,
                        canonical.get(EventHash.METADATA_KEY), null);
            } catch (IOException | RuntimeException unreadable) {
                return new Row(aggregateId, sequence, payloadType, payloadRevision, null, 0, null, null,
                        unreadable.getClass().getSimpleName());
            }
        }
    }

    /** How many events the store holds. */
    public long count() {
        Long count = sql.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    /** The chains being followed: per aggregate, the last sequence number seen and the hash to chain to. */
    private final class Chains {

        private final Map<String, Link> last = new HashMap<>();
        private final List<IntegrityFinding> findings = new ArrayList<>();
        private long events;

        private record Link(long sequence, String hash) {
        }

        void check(Row row) {
            events++;
            String aggregateId = row.aggregateId();
            long sequence = row.sequence();
            Link before = last.get(aggregateId);
            long expected = before == null ? 0 : before.sequence + 1;
            String previous = before == null ? EventHash.GENESIS : before.hash;
            boolean verifiable = true;
            if (sequence != expected) {
                findings.add(new IntegrityFinding(aggregateId, expected, IntegrityProblem.MISSING,
                        "expected event " + expected + ", found " + sequence));
                // The event after a gap chains to one that is gone: its own hash cannot be checked.
                verifiable = false;
            }
            String recorded = row.recorded();
            String computed;
            try {
                if (row.unreadable() != null) {
                    throw new IllegalStateException(row.unreadable());
                }
                computed = EventHash.ofPayloadDigest(previous, aggregateId, sequence, row.payloadType(),
                        row.payloadRevision(), row.epochMillis(), row.payloadDigest(), row.metadata());
            } catch (RuntimeException unreadable) {
                findings.add(new IntegrityFinding(aggregateId, sequence, IntegrityProblem.UNREADABLE,
                        row.unreadable() != null ? row.unreadable() : unreadable.getClass().getSimpleName()));
                last.put(aggregateId, new Link(sequence, EventHash.UNCHAINED));
                return;
            }
            if (recorded == null) {
                findings.add(new IntegrityFinding(aggregateId, sequence, IntegrityProblem.UNCHAINED,
                        "no hash recorded"));
                last.put(aggregateId, new Link(sequence, EventHash.UNCHAINED));
                return;
            }
            // After an event without a hash (or an unreadable one) the link is unknown: written before chaining
            // began, the next event chained to the marker and verifies; otherwise it cannot be judged.
            if (EventHash.UNCHAINED.equals(previous) && !recorded.equals(computed)) {
                verifiable = false;
            }
            if (verifiable && !recorded.equals(computed)) {
                findings.add(new IntegrityFinding(aggregateId, sequence, IntegrityProblem.ALTERED,
                        "recorded hash " + recorded.substring(0, 12) + "…, stored content hashes to "
                                + computed.substring(0, 12) + "…"));
            }
            // Follow the recorded chain: an altered event is reported once, the ones after it still verify.
            last.put(aggregateId, new Link(sequence, recorded));
        }

        HistoryVerification result(long startNanos) {
            return HistoryVerification.of(last.size(), events, findings,
                    (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /**
     * The stored time in ms since the epoch, as {@code instant(stored).toEpochMilli()}: Axon's usual form
     * ({@code 2026-12-07T18:27:01.123Z}) read directly, anything else through {@link #instant}. Parsing with
     * {@link Instant#parse} took a good part of a whole-store verification.
     */
    static long epochMillis(String stored) {
        int length = stored.length();
        if (length >= 20 && stored.charAt(4) == '-' && stored.charAt(7) == '-' && stored.charAt(10) == 'T'
                && stored.charAt(13) == ':' && stored.charAt(16) == ':' && stored.charAt(length - 1) == 'Z'
                && (length == 20 || stored.charAt(19) == '.' && length > 21)) {
            int year = digits(stored, 0, 4);
            int month = digits(stored, 5, 7);
            int day = digits(stored, 8, 10);
            int hour = digits(stored, 11, 13);
            int minute = digits(stored, 14, 16);
            int second = digits(stored, 17, 19);
            int millis = 0;
            if (length > 20) {
                int fraction = length - 21;
                int taken = Math.min(3, fraction);
                millis = digits(stored, 20, 20 + taken);
                for (int i = taken; i < 3; i++) {
                    millis *= 10;
                }
                if (fraction > 3 && digits(stored, 23, length - 1) < 0) {
                    millis = -1;
                }
            }
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0
                    && minute <= 59 && second >= 0 && second <= 59 && millis >= 0) {
                try {
                    long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
                    return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
                } catch (java.time.DateTimeException invalid) {
                    // falls through to the full parser, which reports it
                }
            }
        }
        return instant(stored).toEpochMilli();
    }

    /** The decimal number in {@code text[from, to)}, or -1 if it is not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Axon stores the time as ISO-8601 text. */
    static Instant instant(String stored) {
        try {
            return Instant.parse(stored);
        } catch (RuntimeException notUtc) {
            return OffsetDateTime.parse(stored).toInstant();
        }
    }
}
