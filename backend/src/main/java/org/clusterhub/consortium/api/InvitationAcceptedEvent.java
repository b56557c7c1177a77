package org.clusterhub.consortium.api;

/** The invited organization accepted and is a member from now on, with its commitment. */
public record InvitationAcceptedEvent(ConsortiumId consortiumId, String organization, String creditCode, MemberRole role,
                                      Commitment commitment) {
}
