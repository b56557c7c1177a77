package org.clusterhub.shared;

import java.util.Set;

/**
 * Who sends a command, and the scope they act in. Recorded in every event's metadata.
 *
 * @param clusterIds the clusters a promotion organization's staff belong to (empty for other roles)
 * @param city the city of a coordinator, or of the person's organization (may be null)
 * @param organization the organization on whose behalf the person acts
 */
public record Actor(String userId, String username, String displayName, Role role, Set<String> clusterIds,
                    City city, String organization) {

    public static final Actor SYSTEM = new Actor("system", "system", "ClusterHub", Role.SYSTEM, Set.of(), null,
            "ClusterHub");

    public Actor {
        clusterIds = clusterIds == null ? Set.of() : Set.copyOf(clusterIds);
    }

    public boolean isStaffOf(String clusterId) {
        return role == Role.PROMOTION_STAFF && clusterIds.contains(clusterId);
    }

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR || role == Role.SYSTEM;
    }

    /** Whether this actor may act where the requirement points. Role and scope are both checked. */
    public boolean satisfies(AccessRequirement requirement) {
        if (!requirement.roles().contains(role)) {
            return false;
        }
        if (requirement.scopeCheckedByTarget()) {
            return true;
        }
        return switch (role) {
            case SUPERVISOR, SYSTEM -> true;
            case PROMOTION_STAFF -> requirement.clusterId() != null && clusterIds.contains(requirement.clusterId());
            case CITY_COORDINATOR -> requirement.city() != null && requirement.city() == city;
            case MEMBER -> requirement.organization() != null && requirement.organization().equals(organization);
            case EXPERT -> false;
        };
    }
}
