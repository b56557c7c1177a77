package org.clusterhub.supervision.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.clusterhub.cluster.api.ClusterId;

/**
 * Identifies the yearly evaluation of one cluster's promotion organization. Derived from the cluster and the year, so
 * that there is one evaluation per cluster and year: a second opening finds the stream taken. {@link #toString()} is
 * the bare UUID because Axon stores it as the aggregate id.
 */
public record EvaluationId(UUID value) {

    public EvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static EvaluationId forClusterAndYear(ClusterId clusterId, int year) {
        return new EvaluationId(UUID.nameUUIDFromBytes(("evaluation:" + clusterId + ":" + year)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static EvaluationId of(String value) {
        return new EvaluationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
