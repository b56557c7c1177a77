package org.clusterhub.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may send a command and the scope it touches. A promotion-staff member must belong to
 * {@code clusterId}; a city coordinator must coordinate {@code city}; a member must act for {@code organization}.
 * With {@code scopeCheckedByTarget} only the role is checked before the handler runs, because the scope (the
 * project's cluster, its participants, its expert panel) is state of the target aggregate, which checks it.
 *
 * @see <a href="../../../../../../docs/decisions/003-authorization-by-role-and-scope.md">ADR 003</a>
 * @see <a href="../../../../../../docs/decisions/005-project-aggregate-checks-its-own-scope.md">ADR 005</a>
 */
public record AccessRequirement(Set<Role> roles, String clusterId, City city, String organization,
                                boolean scopeCheckedByTarget) {

    public AccessRequirement {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static AccessRequirement supervisorOnly() {
        return new AccessRequirement(Set.of(Role.SUPERVISOR, Role.SYSTEM), null, null, null, false);
    }

    public static AccessRequirement of(String clusterId, City city, Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.SUPERVISOR, Role.SYSTEM);
        all.addAll(Set.of(roles));
        return new AccessRequirement(all, clusterId, city, null, false);
    }

    /** The roles that may ever send the command; the target aggregate checks the actor's scope against its state. */
    public static AccessRequirement checkedByTarget(Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.SYSTEM);
        all.addAll(Set.of(roles));
        return new AccessRequirement(all, null, null, null, true);
    }
}
