package org.clusterhub.ui.cluster.directory;

/** Route of the cluster directory, for links from other screens. */
public final class ClusterDirectoryNavigation {

    public static final String ROUTE = "clusters";

    private ClusterDirectoryNavigation() {
    }
}
