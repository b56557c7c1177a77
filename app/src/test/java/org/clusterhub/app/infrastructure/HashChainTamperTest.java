package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clusterhub.app.support.PostgresSupport;
import org.clusterhub.infrastructure.integrity.EventHash;
import org.clusterhub.infrastructure.integrity.HashChainVerifier;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.IntegrityFinding;
import org.clusterhub.supervision.api.IntegrityProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone edits the event table directly: the hash chains show exactly which event was altered, removed or stripped
 * of its hash, on the embedded H2 store and on PostgreSQL.
 */
class HashChainTamperTest {

    @TempDir
    Path dataDir;

    @Test
    void tamperingWithTheH2StoreIsFoundEventByEvent() {
        try (ConfigurableApplicationContext node = Nodes.embedded(dataDir, List.of())) {
            tamperAndVerify(node);
        }
    }

    @Test
    void tamperingWithThePostgresStoreIsFoundEventByEvent() {
        String url = PostgresSupport.freshDatabase("hashchain");
        try (ConfigurableApplicationContext node = Nodes.postgres("hash-node", url,
                List.of("--clusterhub.data-dir=" + dataDir))) {
            tamperAndVerify(node);
        }
    }

    private static void tamperAndVerify(ConfigurableApplicationContext node) {
        ProjectId id = Projects.completeDraft(node);
        for (int i = 0; i < 6; i++) {
            Nodes.send(node, Actor.SYSTEM, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT,
                    "第 " + i + " 稿：建设检测平台", null));
        }
        HashChainVerifier verifier = node.getBean(HashChainVerifier.class);
        HistoryVerification clean = verifier.verifyAggregate(id.toString());
        assertThat(clean.findings()).isEmpty();
        assertThat(clean.eventsChecked()).isEqualTo(Nodes.events(node, id.toString()).size());
        List<Long> progress = new ArrayList<>();
        HistoryVerification store = verifier.verifyStore(progress::add);
        assertThat(store.findings()).isEmpty();
        assertThat(store.eventsChecked()).isEqualTo(verifier.count());
        assertThat(progress).last().isEqualTo(store.eventsChecked());
        long last = Nodes.events(node, id.toString()).size() - 1;

        JdbcTemplate sql = node.getBean(JdbcTemplate.class);
        String aggregate = id.toString();
        // An edited text (same length, still valid JSON), a deleted event, and a hash taken out of the metadata.
        rewrite(sql, aggregate, last - 1, "payload", text -> text.replace("稿：建设检测平台", "稿：建设检测中心"));
        assertThat(sql.update("DELETE FROM domainevententry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                aggregate, last - 3)).isEqualTo(1);
        rewrite(sql, aggregate, 2, "metaData", text -> text.replaceFirst("\"" + EventHash.METADATA_KEY
                + "\"\\s*:\\s*\"[0-9a-f]{64}\"\\s*,?", ""));

        HistoryVerification tampered = verifier.verifyAggregate(aggregate);
        assertThat(tampered.findings()).extracting(IntegrityFinding::sequenceNumber, IntegrityFinding::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, IntegrityProblem.UNCHAINED),
                        org.assertj.core.groups.Tuple.tuple(last - 3, IntegrityProblem.MISSING),
                        org.assertj.core.groups.Tuple.tuple(last - 1, IntegrityProblem.ALTERED));
        assertThat(verifier.verifyStore(done -> { }).findings()).containsExactlyElementsOf(tampered.findings());
    }

    private static void rewrite(JdbcTemplate sql, String aggregateId, long sequence, String column,
                                Function<String, String> change) {
        byte[] stored = sql.queryForObject("SELECT " + column + " FROM domainevententry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", byte[].class, aggregateId, sequence);
        String before = new String(stored, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the tampering changes something").isNotEqualTo(before);
        assertThat(sql.update("UPDATE domainevententry SET " + column + " = ? WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", after.getBytes(StandardCharsets.UTF_8), aggregateId, sequence)).isOne();
    }
}
