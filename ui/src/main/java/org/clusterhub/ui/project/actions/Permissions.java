package org.clusterhub.ui.project.actions;

import java.util.Optional;
import org.clusterhub.project.api.ExpertSeatView;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Role;

/**
 * Which steps to offer the signed-in person on a project. It mirrors the aggregate's scope rules (ADR 005) only to
 * decide what to show: the aggregate still decides what is allowed.
 */
record Permissions(Actor actor, ProjectView project) {

    boolean supervisor() {
        return actor.role() == Role.SUPERVISOR;
    }

    boolean staff() {
        return actor.isStaffOf(project.clusterId().toString());
    }

    boolean cityCoordinator() {
        return actor.role() == Role.CITY_COORDINATOR && actor.city() == project.city();
    }

    boolean leadSide() {
        return staff() || member(project.leadOrganization());
    }

    boolean reportsOn(MilestoneView milestone) {
        return staff() || member(milestone.ownerOrganization());
    }

    boolean member(String organization) {
        return actor.role() == Role.MEMBER && organization != null && organization.equals(actor.organization());
    }

    Optional<ExpertSeatView> seat() {
        if (actor.role() != Role.EXPERT || project.review() == null) {
            return Optional.empty();
        }
        return project.review().experts().stream().filter(s -> s.username().equals(actor.username())).findFirst();
    }
}
