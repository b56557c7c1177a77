package org.clusterhub.cluster.web;

/**
 * Body of {@code POST /api/clusters/{id}/retirement} and of the nationally leading assessment and its withdrawal
 * ({@code POST /api/clusters/{id}/nationally-leading[/withdrawal]}): a reason.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record RetireClusterRequest(String reason, Long expectedVersion) {
}
