package org.clusterhub.cluster.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organization (enterprise, university, institute, platform). Derived from its unified social
 * credit code, so that the same organization has the same id in every cluster it belongs to.
 */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId forCreditCode(String creditCode) {
        return new OrganizationId(UUID.nameUUIDFromBytes(("organization:" + creditCode).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static OrganizationId of(String value) {
        return new OrganizationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
