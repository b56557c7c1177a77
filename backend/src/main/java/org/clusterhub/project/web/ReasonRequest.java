package org.clusterhub.project.web;

/** A decision that needs only a reason: reject, withdraw, resume. */
record ReasonRequest(String reason) {
}
