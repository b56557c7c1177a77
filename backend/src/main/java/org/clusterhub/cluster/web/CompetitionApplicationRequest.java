package org.clusterhub.cluster.web;

/**
 * Body of {@code POST /api/clusters/{id}/national-competition/applications}.
 *
 * @param round the year of the competition round, e.g. 2024
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record CompetitionApplicationRequest(Integer round, String description, Long expectedVersion) {
}
