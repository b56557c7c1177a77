package org.clusterhub.infrastructure.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.SortedMap;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.supervision.api.EvidenceBundle;
import org.clusterhub.supervision.api.ExportEvidenceQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one aggregate's stored events as an evidence bundle (ADR 013): everything {@link EventHash} covers, as
 * stored, so that {@code VerifyEvidence} can recompute the chain with nothing but a JDK.
 */
@Component
class EvidenceExporter {

    static final String FORMAT = "clusterhub-evidence/1";

    private final JdbcTemplate sql;
    private final ObjectMapper json = new ObjectMapper();

    EvidenceExporter(DataSource dataSource) {
        this.sql = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    EvidenceBundle handle(ExportEvidenceQuery query) {
        StringBuilder lines = new StringBuilder();
        long[] events = {0};
        String[] head = {null};
        sql.query("SELECT aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, payload, metaData, "
                + "timeStamp, type FROM domainevententry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                (ResultSet row) -> {
                    try {
                        byte[] metadata = row.getBytes(6);
                        SortedMap<String, String> canonical = EventHash.canonical(metadata == null
                                ? json.createObjectNode() : json.readTree(metadata));
                        ObjectNode line = json.createObjectNode();
                        line.put("aggregateType", row.getString(8));
                        line.put("aggregateId", row.getString(1));
                        line.put("sequenceNumber", row.getLong(2));
                        line.put("payloadType", row.getString(3));
                        line.put("payloadRevision", row.getString(4));
                        line.put("timestamp", row.getString(7));
                        line.put("timestampMillis", HashChainVerifier.instant(row.getString(7)).toEpochMilli());
                        line.put("payload", Base64.getEncoder().encodeToString(row.getBytes(5)));
                        ObjectNode meta = line.putObject("metadata");
                        canonical.forEach(meta::put);
                        line.put("hash", canonical.get(EventHash.METADATA_KEY));
                        lines.append(json.writeValueAsString(line)).append('\n');
                        events[0]++;
                        head[0] = canonical.get(EventHash.METADATA_KEY);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, query.aggregateId());
        ObjectNode header = json.createObjectNode();
        header.put("format", FORMAT);
        header.put("aggregateId", query.aggregateId());
        header.put("events", events[0]);
        header.put("head", head[0]);
        header.put("exportedAt", Instant.now().toString());
        header.put("exportedBy", query.exportedBy());
        header.put("verify", "java VerifyEvidence.java <this file>");
        try {
            return new EvidenceBundle(query.aggregateId(), events[0], head[0],
                    json.writeValueAsString(header) + "\n" + lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
