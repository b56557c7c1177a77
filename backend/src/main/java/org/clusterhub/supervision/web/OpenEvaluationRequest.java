package org.clusterhub.supervision.web;

import java.time.LocalDate;
import java.util.UUID;

/** Opens the yearly evaluation of a cluster's promotion organization. */
record OpenEvaluationRequest(UUID clusterId, Integer year, LocalDate selfAssessmentDue) {
}
