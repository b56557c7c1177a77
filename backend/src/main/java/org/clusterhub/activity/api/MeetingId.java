package org.clusterhub.activity.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a 1:1 meeting request at a matchmaking activity. {@link #toString()} is the bare UUID, as Axon and the read models store it. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId create() {
        return new MeetingId(UUID.randomUUID());
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
