package org.clusterhub.supervision.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Each cluster's names and promotion organization as the evaluation catalog learned them from the cluster context's
 * events: contexts share events, not tables.
 */
@Document("evaluation_clusters")
record EvaluationClusterDocument(@Id String id, long version, Integer planNumber, String nameZh, String nameEn,
                                 String promotionOrganizationZh, String promotionOrganizationEn) {
}
