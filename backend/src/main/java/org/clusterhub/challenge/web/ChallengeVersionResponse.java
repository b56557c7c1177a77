package org.clusterhub.challenge.web;

/** The challenge's version after the change. */
record ChallengeVersionResponse(long version) {
}
