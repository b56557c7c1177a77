package org.clusterhub.operations.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies the rebuilds of one read model (one event processor): the same processor always has the same
 * {@code ReadModelRebuild} aggregate, which keeps two rebuilds of it from running at once (ADR 019).
 * {@link #toString()} is the bare UUID because Axon stores it as the aggregate id.
 */
public record ReadModelRebuildId(UUID value) {

    public ReadModelRebuildId {
        Objects.requireNonNull(value, "value");
    }

    public static ReadModelRebuildId forProcessor(String processor) {
        return new ReadModelRebuildId(UUID.nameUUIDFromBytes(("read-model-rebuild:" + processor)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static ReadModelRebuildId of(String value) {
        return new ReadModelRebuildId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
