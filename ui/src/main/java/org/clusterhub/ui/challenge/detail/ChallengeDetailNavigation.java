package org.clusterhub.ui.challenge.detail;

import com.vaadin.flow.component.UI;
import org.clusterhub.challenge.api.ChallengeId;

/** Route of a challenge's page: {@code challenges/<id>}. */
public final class ChallengeDetailNavigation {

    public static final String ROUTE = "challenges";

    private ChallengeDetailNavigation() {
    }

    public static String location(ChallengeId challengeId) {
        return ROUTE + "/" + challengeId;
    }

    public static void open(ChallengeId challengeId) {
        UI.getCurrent().navigate(location(challengeId));
    }
}
