package org.clusterhub.activity.api;

import java.util.List;
import java.util.Set;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;

public record MatchmakingProfilePostedEvent(
        ActivityId activityId,
        RegistrationId registrationId,
        String organization,
        List<String> offers,
        List<String> seeks,
        Set<String> tags,
        ChainPosition chainPosition,
        String area,
        ClusterId homeCluster) {
}
