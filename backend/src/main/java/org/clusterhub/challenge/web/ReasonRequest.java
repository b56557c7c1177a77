package org.clusterhub.challenge.web;

/** A reason (cancellation, stepping back from the award). */
record ReasonRequest(String reason) {
}
