package org.clusterhub.challenge.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cluster's names, learned from the cluster context's events, for the challenge list and page. */
@Document("challenge_cluster_names")
record ChallengeClusterNameDocument(@Id String id, String nameZh, String nameEn) {
}
