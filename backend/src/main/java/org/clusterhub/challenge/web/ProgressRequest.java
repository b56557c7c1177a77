package org.clusterhub.challenge.web;

/** A progress report on a milestone. */
record ProgressRequest(int percentComplete, String note) {
}
