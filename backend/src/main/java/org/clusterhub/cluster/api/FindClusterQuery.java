package org.clusterhub.cluster.api;

/**
 * One cluster's details. With {@code atLeastVersion} the answer waits briefly until the read model has caught up
 * with that aggregate version, so that a screen told of an event on another node shows its effect.
 */
public record FindClusterQuery(ClusterId clusterId, long atLeastVersion) {

    public FindClusterQuery(ClusterId clusterId) {
        this(clusterId, -1);
    }
}
