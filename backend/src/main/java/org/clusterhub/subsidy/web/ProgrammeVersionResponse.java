package org.clusterhub.subsidy.web;

/** The programme's version after a change: its events up to this one are in the read model. */
record ProgrammeVersionResponse(long version) {
}
