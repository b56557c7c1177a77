package org.clusterhub.subsidy.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one grant within a funding programme (an entity of the programme, not an aggregate). {@link #toString()} is the bare UUID. */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value, "value");
    }

    public static GrantId create() {
        return new GrantId(UUID.randomUUID());
    }

    /** The same id on every start for the demo's grant seeded under {@code code}: the seed stays idempotent. */
    public static GrantId forSeedCode(String code) {
        return new GrantId(UUID.nameUUIDFromBytes(("grant:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static GrantId of(String value) {
        return new GrantId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
