package org.clusterhub.cluster.api;

/** The kinds of member organizations of a cluster. */
public enum OrganizationKind {
    ENTERPRISE,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    PUBLIC_SERVICE_PLATFORM
}
