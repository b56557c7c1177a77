package org.clusterhub.consortium.api;

/** A member left the consortium. */
public record MemberLeftEvent(ConsortiumId consortiumId, String organization, String creditCode, String reason) {
}
