package org.clusterhub.challenge.query;

import java.time.Instant;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.FirstOfAKindKind;
import org.clusterhub.challenge.api.FirstOfAKindView;
import org.clusterhub.cluster.api.ClusterId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A first-of-a-kind result, listed on its cluster's page. */
@Document("first_of_a_kind")
@CompoundIndex(name = "cluster_recent", def = "{'clusterId': 1, 'registeredAt': -1}")
class FirstOfAKindDocument {
    @Id
    String id;
    String clusterId;
    String challengeId;
    String challengeTitle;
    String resultId;
    FirstOfAKindKind kind;
    String productName;
    String organization;
    String description;
    Instant registeredAt;

    FirstOfAKindView toView() {
        return new FirstOfAKindView(resultId, ChallengeId.of(challengeId), challengeTitle, ClusterId.of(clusterId),
                kind, productName, organization, description, registeredAt);
    }
}
