package org.clusterhub.consortium.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.TechnologyArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A row of the consortium list: only what the list filters, sorts and shows, because the embedded MongoDB scans
 * every row of a filtered query. The indexes serve a real MongoDB: each filter with the list's order.
 */
@Document("consortium_list")
@CompoundIndex(name = "cluster_recent", def = "{'clusterId': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "area_recent", def = "{'area': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "status_recent", def = "{'status': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "organizations_recent", def = "{'organizations': 1, 'lastChangedAt': -1}")
class ConsortiumListDocument {
    @Id
    String id;
    long version;
    String clusterId;
    String name;
    TechnologyArea area;
    String leadOrganization;
    ConsortiumStatus status;
    int memberCount;
    int openInvitations;
    /** Members, invited and applying organizations, for "consortia that concern my organization". */
    List<String> organizations = new ArrayList<>();
    /** Lower-case name, lead, keywords and organizations, for the text filter. */
    String search;
    @Indexed
    Instant lastChangedAt;
}
