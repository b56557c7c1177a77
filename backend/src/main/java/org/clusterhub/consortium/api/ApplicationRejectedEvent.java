package org.clusterhub.consortium.api;

/** The lead rejected an application. */
public record ApplicationRejectedEvent(ConsortiumId consortiumId, String organization, String creditCode, String reason) {
}
