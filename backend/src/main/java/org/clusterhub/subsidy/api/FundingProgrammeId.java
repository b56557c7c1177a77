package org.clusterhub.subsidy.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a funding programme (奖补资金项目 of one year). {@link #toString()} is the bare UUID. */
public record FundingProgrammeId(UUID value) {

    public FundingProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static FundingProgrammeId create() {
        return new FundingProgrammeId(UUID.randomUUID());
    }

    /** The same id on every start for the demo's programme seeded under {@code code}: the seed stays idempotent. */
    public static FundingProgrammeId forSeedCode(String code) {
        return new FundingProgrammeId(UUID.nameUUIDFromBytes(("programme:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static FundingProgrammeId of(String value) {
        return new FundingProgrammeId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
