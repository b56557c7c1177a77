package org.clusterhub.zone.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a batch recommendation of zones for national creation. {@link #toString()} is the bare UUID because
 * Axon stores it as the aggregate id.
 */
public record ZoneBatchId(UUID value) {

    public ZoneBatchId {
        Objects.requireNonNull(value, "value");
    }

    public static ZoneBatchId create() {
        return new ZoneBatchId(UUID.randomUUID());
    }

    @JsonCreator
    public static ZoneBatchId of(String value) {
        return new ZoneBatchId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
