package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.supervision.api.EvidenceBundle;
import org.clusterhub.supervision.api.ExportEvidenceQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An evidence bundle verifies offline with the documented command (a JDK and one source file), and a bundle edited
 * afterwards does not.
 */
class EvidenceBundleTest {

    static final Path VERIFIER = Path.of("..", "infrastructure", "src", "main", "java", "org", "clusterhub",
            "infrastructure", "integrity", "VerifyEvidence.java");

    @TempDir
    Path dataDir;

    @Test
    void aBundleVerifiesOfflineAndAnEditedOneDoesNot() throws Exception {
        EvidenceBundle bundle;
        try (ConfigurableApplicationContext node = Nodes.embedded(dataDir, List.of())) {
            ProjectId id = Projects.completeDraft(node);
            bundle = node.getBean(QueryGateway.class).query(new ExportEvidenceQuery(id.toString(), "supervisor"),
                    EvidenceBundle.class).join();
            assertThat(bundle.events()).isEqualTo(Nodes.events(node, id.toString()).size());
        }
        Path file = dataDir.resolve("evidence.ndjson");
        Files.writeString(file, bundle.ndjson(), StandardCharsets.UTF_8);
        Run intact = run(file);
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("INTACT: the chain holds, head " + bundle.head());

        // Someone edits one event's payload in the bundle: that event no longer verifies.
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String third = lines.get(3);
        String payload = third.replaceAll(".*\"payload\":\"([^\"]+)\".*", "$1");
        String edited = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8)
                .replaceFirst("\"[^\"]*\"\\s*}$", "\"篡改\"}");
        lines.set(3, third.replace(payload, Base64.getEncoder().encodeToString(
                edited.getBytes(StandardCharsets.UTF_8))));
        Files.write(file, lines, StandardCharsets.UTF_8);
        Run tampered = run(file);
        assertThat(tampered.exitCode()).as(tampered.output()).isOne();
        assertThat(tampered.output()).contains("#2 ").contains("ALTERED").contains("BROKEN");
    }

    record Run(int exitCode, String output) {
    }

    /** Exactly the README's command: the JDK's launcher running the single source file. */
    private static Run run(Path bundle) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, VERIFIER.toString(), bundle.toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }
}
