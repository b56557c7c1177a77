package org.clusterhub.ui.consortium.detail;

import org.clusterhub.consortium.api.ConsortiumMemberView;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.MemberRole;
import org.clusterhub.consortium.api.MembershipState;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Role;

/**
 * What the screen offers a person on one consortium, from the same facts the aggregate checks. Convenience only: the
 * aggregate is the rule (ADR 003, ADR 011).
 */
record Permissions(Actor actor, ConsortiumView consortium) {

    boolean active() {
        return consortium.status() != ConsortiumStatus.DISSOLVED;
    }

    boolean founded() {
        return consortium.status() == ConsortiumStatus.FOUNDED || consortium.status() == ConsortiumStatus.REGISTERED;
    }

    boolean lead() {
        return active() && actor.role() == Role.MEMBER && consortium.leadOrganization().equals(actor.organization());
    }

    /** The person's organization's entry on the board, if any. */
    java.util.Optional<ConsortiumMemberView> own() {
        return actor.role() == Role.MEMBER && actor.organization() != null
                ? consortium.entryOf(actor.organization()) : java.util.Optional.empty();
    }

    boolean answers() {
        return active() && own().map(e -> e.state() == MembershipState.INVITED).orElse(false);
    }

    boolean member() {
        return active() && own().map(e -> e.state() == MembershipState.MEMBER).orElse(false);
    }

    boolean leaves() {
        return member() && founded() && own().map(e -> e.role() != MemberRole.LEAD).orElse(false);
    }

    boolean applies() {
        if (!active() || !founded() || actor.role() != Role.MEMBER || actor.organization() == null) {
            return false;
        }
        return own().map(e -> e.state() != MembershipState.MEMBER && e.state() != MembershipState.INVITED
                && e.state() != MembershipState.APPLIED).orElse(true);
    }

    boolean registers() {
        return consortium.status() == ConsortiumStatus.FOUNDED && staffOrProvince();
    }

    boolean dissolves() {
        return active() && (lead() || staffOrProvince());
    }

    private boolean staffOrProvince() {
        return actor.isSupervisor() || actor.isStaffOf(consortium.clusterId().toString());
    }
}
