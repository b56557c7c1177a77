package org.clusterhub.project.web;

/** The decision on a change request. */
record DecisionRequest(boolean approve, String comment) {
}
