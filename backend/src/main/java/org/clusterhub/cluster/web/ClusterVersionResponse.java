package org.clusterhub.cluster.web;

/** The cluster's version after a change: send it back as {@code expectedVersion} with the next change. */
record ClusterVersionResponse(long version) {
}
