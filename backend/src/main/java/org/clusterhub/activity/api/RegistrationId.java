package org.clusterhub.activity.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person's registration for an activity. {@link #toString()} is the bare UUID, as Axon and the read models store it. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    public static RegistrationId create() {
        return new RegistrationId(UUID.randomUUID());
    }

    @JsonCreator
    public static RegistrationId of(String value) {
        return new RegistrationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
