package org.clusterhub.challenge.api;

/** A page of the challenge list, newest change first. Every signed-in person may read the list (发榜 is public). */
public record FindChallengesQuery(ChallengeFilter filter, int offset, int limit) {
}
