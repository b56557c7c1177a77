package org.clusterhub.consortium.api;

/**
 * One consortium. With {@code atLeastVersion} the answer waits briefly until the read model has caught up with that
 * aggregate version.
 */
public record FindConsortiumQuery(ConsortiumId consortiumId, long atLeastVersion) {

    public FindConsortiumQuery(ConsortiumId consortiumId) {
        this(consortiumId, -1);
    }
}
