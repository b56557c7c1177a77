package org.clusterhub.project.web;

/**
 * The id the server gave a new budget line, milestone, indicator, objection or change request, and the
 * project's version after adding it.
 */
record PartCreatedResponse(String id, long version) {
}
