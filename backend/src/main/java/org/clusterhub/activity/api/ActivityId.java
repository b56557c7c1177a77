package org.clusterhub.activity.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a cluster activity (活动): matchmaking, training, exhibition. {@link #toString()} is the bare UUID, as Axon and the read models store it. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId create() {
        return new ActivityId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActivityId of(String value) {
        return new ActivityId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
