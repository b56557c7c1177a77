package org.clusterhub.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may send a command and the scope it touches. A promotion-staff member must belong to
 * {@code clusterId}; a city coordinator must coordinate {@code city}; a member must act for {@code organization}.
 *
 * @see <a href="../../../../../../docs/decisions/003-authorization-by-role-and-scope.md">ADR 003</a>
 */
public record AccessRequirement(Set<Role> roles, String clusterId, City city, String organization) {

    public AccessRequirement {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static AccessRequirement supervisorOnly() {
        return new AccessRequirement(Set.of(Role.SUPERVISOR, Role.SYSTEM), null, null, null);
    }

    public static AccessRequirement of(String clusterId, City city, Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.SUPERVISOR, Role.SYSTEM);
        all.addAll(Set.of(roles));
        return new AccessRequirement(all, clusterId, city, null);
    }
}
