package org.clusterhub.consortium.api;

/** The lead changed a member's role. */
public record MemberRoleChangedEvent(ConsortiumId consortiumId, String organization, String creditCode,
                                     MemberRole previousRole, MemberRole role) {
}
