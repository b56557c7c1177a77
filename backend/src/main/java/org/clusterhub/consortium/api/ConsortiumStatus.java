package org.clusterhub.consortium.api;

/**
 * Forming while invitations are out; founded once every invitation marked required for founding was accepted (the
 * founding agreement); registered (备案) by the cluster's promotion organization; dissolved for good.
 */
public enum ConsortiumStatus {
    FORMING,
    FOUNDED,
    REGISTERED,
    DISSOLVED
}
