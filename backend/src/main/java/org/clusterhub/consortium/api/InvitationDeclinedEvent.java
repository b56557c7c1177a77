package org.clusterhub.consortium.api;

/** The invited organization declined. */
public record InvitationDeclinedEvent(ConsortiumId consortiumId, String organization, String creditCode, String reason) {
}
