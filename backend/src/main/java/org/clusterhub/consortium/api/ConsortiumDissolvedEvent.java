package org.clusterhub.consortium.api;

/** The consortium was dissolved; it takes no further commands. */
public record ConsortiumDissolvedEvent(ConsortiumId consortiumId, String reason) {
}
