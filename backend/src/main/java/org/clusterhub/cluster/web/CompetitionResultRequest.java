package org.clusterhub.cluster.web;

import org.clusterhub.cluster.api.CompetitionOutcome;

/**
 * Body of {@code POST /api/clusters/{id}/national-competition/result}: the outcome of the pending application.
 *
 * @param expectedVersion the version the caller last saw; a later change answers 409 (may be null)
 */
record CompetitionResultRequest(CompetitionOutcome outcome, String note, Long expectedVersion) {
}
