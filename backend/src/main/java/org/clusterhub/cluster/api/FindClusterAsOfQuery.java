package org.clusterhub.cluster.api;

/**
 * The cluster as it was right after its event {@code sequenceNumber}, rebuilt from its stored events up to that point
 * (never from a stored copy); answered with an optional {@link ClusterDetails}, empty for an unknown cluster.
 */
public record FindClusterAsOfQuery(ClusterId clusterId, long sequenceNumber) {
}
