package org.clusterhub.project.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a project. {@link #toString()} is the bare UUID because Axon stores it as the aggregate id. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId create() {
        return new ProjectId(UUID.randomUUID());
    }

    @JsonCreator
    public static ProjectId of(String value) {
        return new ProjectId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
