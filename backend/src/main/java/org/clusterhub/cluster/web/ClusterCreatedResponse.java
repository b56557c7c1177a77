package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.ClusterId;

/** Answer to a registration: the generated id and the first version, to send as {@code expectedVersion}. */
record ClusterCreatedResponse(ClusterId clusterId, long version) {
}
