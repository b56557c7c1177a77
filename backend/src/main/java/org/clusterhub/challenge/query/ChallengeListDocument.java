package org.clusterhub.challenge.query;

import java.math.BigDecimal;
import java.time.Instant;
import org.clusterhub.challenge.api.ChallengeStatus;
import org.clusterhub.consortium.api.TechnologyArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of the challenge list: only what the list filters, sorts and shows. Lean on purpose (the embedded server
 * scans every row of a filtered query); the indexes are for a real MongoDB, each with the list's order.
 */
@Document("challenge_list")
@CompoundIndex(name = "recent", def = "{'lastChangedAt': -1}")
@CompoundIndex(name = "cluster_recent", def = "{'clusterId': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "area_recent", def = "{'area': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "status_recent", def = "{'status': 1, 'lastChangedAt': -1}")
class ChallengeListDocument {
    @Id
    String id;
    long version;
    String clusterId;
    String title;
    TechnologyArea area;
    String postingOrganization;
    BigDecimal budget;
    Instant bidsCloseAt;
    ChallengeStatus status;
    int bidCount;
    Instant lastChangedAt;
    /** Title, poster and keywords in lower case, for the text filter. */
    String searchText;
}
