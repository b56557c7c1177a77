package org.clusterhub.challenge.web;

import org.clusterhub.challenge.api.ChallengeId;

/** The new challenge's id and version. */
record ChallengeCreatedResponse(ChallengeId challengeId, long version) {
}
