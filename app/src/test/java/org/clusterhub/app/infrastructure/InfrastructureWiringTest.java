package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.infrastructure.attachments.GridFsAttachmentStore;
import org.clusterhub.infrastructure.presence.MongoPresence;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.AttachmentStore;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Presence;
import org.clusterhub.shared.Presence.Present;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The node's presence and attachment store are the shared-MongoDB ones, with the limits of application.yml, and
 * their refusals read well in both languages.
 */
@IntegrationTest
class InfrastructureWiringTest {

    @Autowired
    Presence presence;
    @Autowired
    AttachmentStore attachments;
    @Autowired
    MessageSource messages;

    @Test
    void presenceIsSharedThroughMongoDb() {
        assertThat(presence).isInstanceOf(MongoPresence.class);
        AtomicReference<List<Present>> seen = new AtomicReference<>();
        try (Presence.Handle handle = presence.join("wiring-test", Actor.SYSTEM, seen::set)) {
            Nodes.await(Duration.ofSeconds(5), "own entry", () -> seen.get() != null && seen.get().size() == 1);
            assertThat(seen.get().get(0).userId()).isEqualTo(Actor.SYSTEM.userId());
        }
    }

    @Test
    void attachmentsAreCheckedAgainstTheConfiguredLimits() {
        assertThat(attachments).isInstanceOf(GridFsAttachmentStore.class);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        AttachmentStore.StoredFile stored = attachments.store("wiring", "form.pdf", "application/pdf",
                new ByteArrayInputStream(pdf));
        assertThat(attachments.open(stored.attachmentId())).isPresent();
        attachments.discard(stored.attachmentId());

        assertThatThrownBy(() -> attachments.store("wiring", "notes.txt", "text/plain",
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    String zh = messages.getMessage(violation.messageKey(), violation.arguments(), Locale.CHINA);
                    String en = messages.getMessage(violation.messageKey(), violation.arguments(), Locale.ENGLISH);
                    assertThat(zh).contains("pdf, docx, xlsx, doc, xls, png, jpg, zip, ofd").contains("不支持");
                    assertThat(en).contains("only pdf, docx, xlsx, doc, xls, png, jpg, zip, ofd files");
                });
        assertThat(messages.getMessage("attachment.error.tooLarge", new Object[] {20L}, Locale.ENGLISH))
                .contains("at most 20 MB");
    }
}
