package org.clusterhub.cluster.api;

/** Result of the national advanced manufacturing cluster competition (国家级先进制造业集群竞赛). */
public enum CompetitionOutcome {
    WON,
    NOT_SELECTED
}
