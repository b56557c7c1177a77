package org.clusterhub.zone.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a pilot or demonstration zone. {@link #toString()} is the bare UUID because Axon stores it as the
 * aggregate id.
 */
public record ZoneId(UUID value) {

    public ZoneId {
        Objects.requireNonNull(value, "value");
    }

    public static ZoneId create() {
        return new ZoneId(UUID.randomUUID());
    }

    /**
     * The same id on every start for the zone the plan lists under {@code code}: the seed stays idempotent. The
     * {@code zone:} prefix keeps it apart from a cluster with the same code, since Axon loads aggregates by id alone.
     */
    public static ZoneId forPlanCode(String code) {
        return new ZoneId(UUID.nameUUIDFromBytes(("zone:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static ZoneId of(String value) {
        return new ZoneId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
