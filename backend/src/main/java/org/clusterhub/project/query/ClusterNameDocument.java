package org.clusterhub.project.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The name of each cluster, as the project catalog learned it from the cluster context's events. The project library
 * never reads the cluster context's own collection: contexts share events, not tables.
 */
@Document("project_cluster_names")
record ClusterNameDocument(@Id String id, String nameZh, String nameEn) {
}
