package org.clusterhub.activity.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Each cluster's name as the activity catalog learned it from the cluster context's events: contexts share events, not tables. */
@Document("activity_cluster_names")
record ActivityClusterNameDocument(@Id String id, String nameZh, String nameEn) {
}
