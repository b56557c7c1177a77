package org.clusterhub.ui.cluster.detail;

/** Route of a cluster's detail page: {@code clusters/<id>}. */
public final class ClusterDetailNavigation {

    public static final String ROUTE = "clusters";

    private ClusterDetailNavigation() {
    }
}
