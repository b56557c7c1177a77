package org.clusterhub.cluster.api;

/** A member's place in the industrial chain: 链主, 骨干, 配套, 支撑. */
public enum ChainPosition {
    CHAIN_LEADER,
    BACKBONE,
    SUPPLIER,
    SUPPORT
}
