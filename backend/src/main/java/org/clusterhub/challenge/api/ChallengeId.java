package org.clusterhub.challenge.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a 揭榜挂帅 challenge. {@link #toString()} is the bare UUID because Axon stores it as the aggregate id. */
public record ChallengeId(UUID value) {

    public ChallengeId {
        Objects.requireNonNull(value, "value");
    }

    public static ChallengeId create() {
        return new ChallengeId(UUID.randomUUID());
    }

    @JsonCreator
    public static ChallengeId of(String value) {
        return new ChallengeId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
