package org.clusterhub.consortium.web;

/** A reason: for declining, leaving or dissolving. */
record ReasonRequest(String reason) {
}
