package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.clusterhub.infrastructure.attachments.GridFsAttachmentStore;
import org.clusterhub.shared.AttachmentStore.FileContent;
import org.clusterhub.shared.AttachmentStore.StoredFile;
import org.clusterhub.shared.DomainRuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The GridFS attachment store over the wire protocol of the embedded MongoDB server with its H2 backend (the
 * embedded default): files round-trip with their size and SHA-256; a file that is too large, or whose name or
 * content is not of an allowed type, is refused with its message key and leaves nothing behind.
 */
class GridFsAttachmentStoreTest {

    static final List<String> DEFAULT_TYPES = List.of("pdf", "docx", "xlsx", "doc", "xls", "png", "jpg", "zip", "ofd");
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a");
    static final byte[] ZIP = HexFormat.of().parseHex("504b0304");
    static final byte[] OLE2 = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    static final byte[] EXE = "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dataDir;
    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    GridFsTemplate gridFs;

    @BeforeEach
    void start() {
        server = new MongoServer(new H2Backend(dataDir.resolve("readmodels.mv").toString()));
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "clusterhub");
        gridFs = new GridFsTemplate(new SimpleMongoClientDatabaseFactory(client, "clusterhub"), mongo.getConverter(),
                "attachments");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    GridFsAttachmentStore store(DataSize maxSize) {
        return new GridFsAttachmentStore(gridFs, mongo, maxSize, DEFAULT_TYPES);
    }

    @Test
    void aFileRoundTripsWithItsSizeAndHashAndIsGoneOnceDiscarded() throws Exception {
        GridFsAttachmentStore store = store(DataSize.ofMegabytes(20));
        // Several GridFS chunks (255 KiB each), so that order and completeness matter.
        byte[] content = file(PDF, 1_000_003, 1);

        StoredFile stored = store.store("project-1", "C:\\fakepath\\申报书.pdf", "application/octet-stream",
                new ByteArrayInputStream(content));

        assertThat(stored.fileName()).isEqualTo("申报书.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        FileContent opened = store.open(stored.attachmentId()).orElseThrow();
        assertThat(opened.file()).isEqualTo(stored);
        try (InputStream in = opened.content()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open(stored.attachmentId()).orElseThrow().content()) {
            assertThat(in.read()).isEqualTo('%');
            assertThat(in.skip(content.length - 2)).isEqualTo(content.length - 2);
            assertThat(in.read()).isEqualTo(content[content.length - 1] & 0xff);
            assertThat(in.read()).isEqualTo(-1);
        }

        store.discard(stored.attachmentId());
        assertThat(store.open(stored.attachmentId())).isEmpty();
        assertThat(storedDocuments()).isZero();
    }

    @Test
    void everyAllowedTypeIsRecognisedByNameAndContent() {
        GridFsAttachmentStore store = store(DataSize.ofMegabytes(20));
        record Case(String name, byte[] head, String contentType) {
        }
        List<Case> cases = List.of(new Case("a.pdf", PDF, "application/pdf"),
                new Case("b.DOCX", ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Case("c.xlsx", ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new Case("d.doc", OLE2, "application/msword"), new Case("e.xls", OLE2, "application/vnd.ms-excel"),
                new Case("f.png", PNG, "image/png"), new Case("g.jpeg", HexFormat.of().parseHex("ffd8ffe0"), "image/jpeg"),
                new Case("h.zip", ZIP, "application/zip"), new Case("发票.ofd", ZIP, "application/ofd"));
        for (Case c : cases) {
            StoredFile stored = store.store("owner", c.name(), null, new ByteArrayInputStream(file(c.head(), 100, 2)));
            assertThat(stored.contentType()).as(c.name()).isEqualTo(c.contentType());
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNoChunks() {
        GridFsAttachmentStore store = store(DataSize.ofMegabytes(20));
        long limit = DataSize.ofMegabytes(20).toBytes();

        Instant start = Instant.now();
        StoredFile atLimit = store.store("owner", "max.pdf", "application/pdf", generated(PDF, limit));
        Duration storeTime = Duration.between(start, Instant.now());
        assertThat(atLimit.size()).isEqualTo(limit);

        start = Instant.now();
        assertThatThrownBy(() -> store.store("owner", "big.pdf", "application/pdf", generated(PDF, limit + 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("attachment.error.tooLarge");
                    assertThat(violation.arguments()).containsExactly(20L);
                });
        Duration refuseTime = Duration.between(start, Instant.now());
        System.out.println("20 MB stored in " + storeTime.toMillis() + " ms; 20 MB + 1 byte refused in "
                + refuseTime.toMillis() + " ms (embedded server, H2 backend)");

        store.discard(atLimit.attachmentId());
        assertThat(storedDocuments()).as("files and chunks left").isZero();
    }

    @Test
    void aFileWhoseNameOrContentIsNotOfAnAllowedTypeIsRefusedBeforeAnythingIsWritten() {
        GridFsAttachmentStore store = store(DataSize.ofMegabytes(20));
        String allowed = "pdf, docx, xlsx, doc, xls, png, jpg, zip, ofd";

        // A program renamed to .pdf and declared as a PDF by the client.
        assertRefusedAsType(() -> store.store("o", "report.pdf", "application/pdf", new ByteArrayInputStream(
                file(EXE, 5000, 3))), allowed);
        // A real PDF under a name that is not allowed.
        assertRefusedAsType(() -> store.store("o", "report.exe", "application/pdf", new ByteArrayInputStream(
                file(PDF, 5000, 4))), allowed);
        // A PNG under a .pdf name, a name without extension, an empty file.
        assertRefusedAsType(() -> store.store("o", "scan.pdf", null, new ByteArrayInputStream(file(PNG, 50, 5))),
                allowed);
        assertRefusedAsType(() -> store.store("o", "pdf", null, new ByteArrayInputStream(file(PDF, 50, 6))), allowed);
        assertRefusedAsType(() -> store.store("o", "empty.pdf", null, new ByteArrayInputStream(new byte[0])), allowed);
        assertThat(storedDocuments()).isZero();

        GridFsAttachmentStore onlyPdf = new GridFsAttachmentStore(gridFs, mongo, DataSize.ofMegabytes(1),
                List.of("pdf"));
        assertRefusedAsType(() -> onlyPdf.store("o", "photo.png", null, new ByteArrayInputStream(file(PNG, 50, 7))),
                "pdf");
    }

    @Test
    void unknownIdsOpenNothingAndATypeThatCannotBeCheckedIsAConfigurationError() {
        GridFsAttachmentStore store = store(DataSize.ofMegabytes(20));
        assertThat(store.open("not-an-id")).isEmpty();
        assertThat(store.open("65f0c0ffee0000000000beef")).isEmpty();
        store.discard("65f0c0ffee0000000000beef");

        assertThatThrownBy(() -> new GridFsAttachmentStore(gridFs, mongo, DataSize.ofMegabytes(1),
                List.of("pdf", "txt"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txt");
    }

    private static void assertRefusedAsType(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                            String allowed) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo("attachment.error.typeNotAllowed");
            assertThat(violation.arguments()).containsExactly(allowed);
        });
    }

    private long storedDocuments() {
        return mongo.getCollection("attachments.files").countDocuments()
                + mongo.getCollection("attachments.chunks").countDocuments();
    }

    /** {@code size} bytes starting with {@code head}, the rest random. */
    private static byte[] file(byte[] head, int size, long seed) {
        byte[] content = new byte[Math.max(size, head.length)];
        new Random(seed).nextBytes(content);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    /** {@code size} bytes starting with {@code head}, generated as they are read: never held in memory. */
    private static InputStream generated(byte[] head, long size) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int b = position < head.length ? head[(int) position] & 0xff : (int) (position * 31 % 251);
                position++;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
