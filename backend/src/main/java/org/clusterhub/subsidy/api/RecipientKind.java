package org.clusterhub.subsidy.api;

/** Whom a grant goes to. */
public enum RecipientKind {
    /** A project of the province's project library; the money goes to its lead organization. */
    PROJECT,
    /** An organization: a cluster's promotion organization, a zone's city, an enterprise, ... */
    ORGANIZATION
}
