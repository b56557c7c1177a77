package org.clusterhub.shared.query;

/**
 * An aggregate at one point of its history.
 *
 * @param view the owning context's own view record (e.g. {@code ClusterDetails}), as its live query answers
 */
public record AsOfState(String aggregateType, Object view) {
}
