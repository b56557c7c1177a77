package org.clusterhub.consortium.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Cluster names as the consortium catalog learned them from the cluster context's events (contexts share events). */
@Document("consortium_cluster_names")
record ConsortiumClusterNameDocument(@Id String id, String nameZh, String nameEn) {
}
