package org.clusterhub.subsidy.query;

import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.SubsidyCluster;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cluster as the funding programmes know it. Written only by {@link SubsidyConditionProjection}. */
@Document("subsidy_clusters")
record SubsidyClusterDocument(@Id String id, String nameZh, String nameEn, String promotionOrganization,
                              City centerCity) {

    SubsidyCluster toView() {
        return new SubsidyCluster(ClusterId.of(id), nameZh, nameEn, promotionOrganization, centerCity);
    }
}
