package org.clusterhub.cluster.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a cluster. {@link #toString()} is the bare UUID because Axon stores it as the aggregate id. */
public record ClusterId(UUID value) {

    public ClusterId {
        Objects.requireNonNull(value, "value");
    }

    public static ClusterId create() {
        return new ClusterId(UUID.randomUUID());
    }

    /** The same id on every start for the cluster the plan lists under {@code code}: the seed stays idempotent. */
    public static ClusterId forPlanCode(String code) {
        return new ClusterId(UUID.nameUUIDFromBytes(("cluster:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static ClusterId of(String value) {
        return new ClusterId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
