package org.clusterhub.consortium.api;

/** A member stated anew what it commits. */
public record CommitmentRecordedEvent(ConsortiumId consortiumId, String organization, String creditCode,
                                      Commitment commitment) {
}
