package org.clusterhub.identity.api;

/** Looks an account up by username, for sign-in. */
public record FindUserAccountQuery(String username) {
}
