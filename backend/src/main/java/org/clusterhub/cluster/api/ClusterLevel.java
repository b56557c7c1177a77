package org.clusterhub.cluster.api;

/** 国家级 or 省级 advanced manufacturing cluster. */
public enum ClusterLevel {
    NATIONAL,
    PROVINCIAL
}
