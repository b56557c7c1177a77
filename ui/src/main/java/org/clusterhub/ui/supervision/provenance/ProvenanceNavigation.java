package org.clusterhub.ui.supervision.provenance;

/** Route of an aggregate's provenance (ADR 018): {@code supervision/provenance/<id>}. */
public final class ProvenanceNavigation {

    public static final String ROUTE = "supervision/provenance/:aggregateId";

    private ProvenanceNavigation() {
    }

    public static String path(Object aggregateId) {
        return "supervision/provenance/" + aggregateId;
    }
}
