package org.clusterhub.challenge.web;

/** The id of a new bid, milestone or result, and the challenge's version after it. */
record PartCreatedResponse(String id, long version) {
}
