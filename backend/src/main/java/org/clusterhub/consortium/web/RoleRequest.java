package org.clusterhub.consortium.web;

import org.clusterhub.consortium.api.MemberRole;

/** A member's new role. */
record RoleRequest(MemberRole role) {
}
