package org.clusterhub.project.api;

import java.util.Set;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;

/**
 * Whose projects a person may list: supervisors all; promotion staff their clusters'; coordinators their city's;
 * members and experts the projects their organization takes part in.
 */
public record ProjectScope(boolean everything, Set<String> clusterIds, City city, String organization) {

    public static ProjectScope of(Actor actor) {
        return switch (actor.role()) {
            case SUPERVISOR, SYSTEM -> new ProjectScope(true, Set.of(), null, null);
            case PROMOTION_STAFF -> new ProjectScope(false, actor.clusterIds(), null, null);
            case CITY_COORDINATOR -> new ProjectScope(false, Set.of(), actor.city(), null);
            case MEMBER, EXPERT -> new ProjectScope(false, Set.of(), null, actor.organization());
        };
    }
}
