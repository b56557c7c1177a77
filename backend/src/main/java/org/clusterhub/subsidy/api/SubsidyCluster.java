package org.clusterhub.subsidy.api;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

/** A cluster as the funding programmes know it: its name, promotion organization and (first) center city. */
public record SubsidyCluster(ClusterId clusterId, String nameZh, String nameEn, String promotionOrganization,
                             City centerCity) {
}
