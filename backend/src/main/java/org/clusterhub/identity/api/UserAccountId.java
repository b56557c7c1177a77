package org.clusterhub.identity.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a user account. Derived from the username, so that registering a taken username collides in the
 * event store (one stream per id) instead of needing a uniqueness look-up.
 */
public record UserAccountId(UUID value) {

    public UserAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static UserAccountId forUsername(String username) {
        return new UserAccountId(UUID.nameUUIDFromBytes(
                ("user:" + username.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static UserAccountId of(String value) {
        return new UserAccountId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
