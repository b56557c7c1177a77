package org.clusterhub.supervision.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one person's access log of one day (ADR 017). {@link #toString()} is the bare UUID because Axon stores
 * it as the aggregate id.
 */
public record AccessLogId(UUID value) {

    public AccessLogId {
        Objects.requireNonNull(value, "value");
    }

    /** The same person on the same day (Asia/Shanghai) always has the same log. */
    public static AccessLogId forPersonAndDay(String username, LocalDate day) {
        return new AccessLogId(UUID.nameUUIDFromBytes(("access-log:" + username + ":" + day)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static AccessLogId of(String value) {
        return new AccessLogId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
