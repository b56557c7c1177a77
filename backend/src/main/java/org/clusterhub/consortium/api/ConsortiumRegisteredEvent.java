package org.clusterhub.consortium.api;

/** The cluster's promotion organization registered (备案) the consortium. */
public record ConsortiumRegisteredEvent(ConsortiumId consortiumId, String registrationNumber, String note) {
}
