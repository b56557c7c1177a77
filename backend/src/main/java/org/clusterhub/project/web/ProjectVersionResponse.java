package org.clusterhub.project.web;

/** The project's version after the change: send it as {@code expectedVersion} with the next edit. */
record ProjectVersionResponse(long version) {
}
