package org.clusterhub.activity.query;

import java.util.ArrayList;
import java.util.List;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A registrant's matchmaking profile (id = registration id). */
@Document("activity_profiles")
class ProfileDocument {
    @Id
    String id;
    @Indexed
    String activityId;
    long version;
    String organization;
    String attendeeName;
    City organizationCity;
    List<String> offers = new ArrayList<>();
    List<String> seeks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    ChainPosition chainPosition;
    String area;
    String homeCluster;
}
