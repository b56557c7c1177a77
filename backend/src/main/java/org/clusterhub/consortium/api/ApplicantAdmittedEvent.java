package org.clusterhub.consortium.api;

/** The lead admitted an applicant as a member with this role. */
public record ApplicantAdmittedEvent(ConsortiumId consortiumId, String organization, String creditCode, MemberRole role) {
}
