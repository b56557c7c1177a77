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
                    chains.check(row);
                }, aggregateId);
        return chains.result(start);
    }

    /**
     * Every stored event, in store order, keeping the last hash of each aggregate. {@code progress} hears the number
     * of events checked every 10,000 events; {@link #count()} tells the total to expect.
     */
    public HistoryVerification verifyStore(LongConsumer progress) {
        long start = System.nanoTime();
        Chains chains = new Chains();
        sql.query(connection -> {
            // PostgreSQL streams with a fetch size only inside a transaction.
            connection.setAutoCommit(false);
            PreparedStatement statement = connection.prepareStatement(COLUMNS + " ORDER BY globalIndex",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, (ResultSet row) -> {
            chains.check(row);
            if (chains.events % 10_000 == 0) {
                progress.accept(chains.events);
            }
        });
        progress.accept(chains.events);
        return chains.result(start);
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

        void check(ResultSet row) throws SQLException {
            events++;
            String aggregateId = row.getString(1);
            long sequence = row.getLong(2);
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
            String recorded;
            String computed;
            try {
                JsonNode metadata = row.getBytes(6) == null ? json.createObjectNode() : json.readTree(row.getBytes(6));
                SortedMap<String, String> canonical = EventHash.canonical(metadata);
                recorded = canonical.get(EventHash.METADATA_KEY);
                computed = EventHash.of(previous, aggregateId, sequence, row.getString(3), row.getString(4),
                        instant(row.getString(7)).toEpochMilli(), row.getBytes(5), canonical);
            } catch (IOException | RuntimeException unreadable) {
                findings.add(new IntegrityFinding(aggregateId, sequence, IntegrityProblem.UNREADABLE,
                        unreadable.getClass().getSimpleName()));
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

    /** Axon stores the time as ISO-8601 text. */
    static Instant instant(String stored) {
        try {
            return Instant.parse(stored);
        } catch (RuntimeException notUtc) {
            return OffsetDateTime.parse(stored).toInstant();
        }
    }
}
