package org.clusterhub.activity.web;

import java.util.List;
import java.util.Set;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;

record ProfileRequest(List<String> offers, List<String> seeks, Set<String> tags, ChainPosition chainPosition, String area, ClusterId homeCluster) {
}
