package org.clusterhub.consortium.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a joint innovation consortium. {@link #toString()} is the bare UUID: Axon stores it as the aggregate id. */
public record ConsortiumId(UUID value) {

    public ConsortiumId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsortiumId create() {
        return new ConsortiumId(UUID.randomUUID());
    }

    /** The same id on every start for a consortium the demo seeds under {@code code}: the seed stays idempotent. */
    public static ConsortiumId forSeedCode(String code) {
        return new ConsortiumId(UUID.nameUUIDFromBytes(("consortium:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static ConsortiumId of(String value) {
        return new ConsortiumId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
