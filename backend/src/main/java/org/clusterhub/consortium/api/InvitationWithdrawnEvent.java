package org.clusterhub.consortium.api;

/** The lead withdrew an invitation that was not accepted. */
public record InvitationWithdrawnEvent(ConsortiumId consortiumId, String organization, String creditCode) {
}
