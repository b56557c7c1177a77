package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.ClusterLevel;

/**
 * Body of {@code POST /api/clusters/{id}/level}.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record ChangeClusterLevelRequest(ClusterLevel level, String reason, Long expectedVersion) {
}
