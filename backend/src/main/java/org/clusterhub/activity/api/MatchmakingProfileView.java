package org.clusterhub.activity.api;

import java.util.List;
import java.util.Set;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;

public record MatchmakingProfileView(
        RegistrationId registrationId,
        String organization,
        String attendeeName,
        City organizationCity,
        List<String> offers,
        List<String> seeks,
        Set<String> tags,
        ChainPosition chainPosition,
        String area,
        ClusterId homeCluster) {
}
