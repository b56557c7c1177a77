package org.clusterhub.project.web;

import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;

/**
 * Who may read one project over the API: the library's scopes ({@code ProjectScope}), plus the experts drawn for
 * its review, plus everyone while it is in publicity (公示 publishes it, and anyone may object).
 */
final class ProjectReadAccess {

    private ProjectReadAccess() {
    }

    static boolean canRead(Actor actor, ProjectView project) {
        if (project.status() == ProjectStatus.PUBLICITY) {
            return true;
        }
        return switch (actor.role()) {
            case SUPERVISOR, SYSTEM -> true;
            case PROMOTION_STAFF -> actor.clusterIds().contains(project.clusterId().toString());
            case CITY_COORDINATOR -> actor.city() != null && (actor.city() == project.city()
                    || project.participants().stream().anyMatch(p -> p.city() == actor.city()));
            case MEMBER -> participates(actor, project);
            case EXPERT -> participates(actor, project) || project.review() != null && project.review().experts()
                    .stream().anyMatch(seat -> seat.username().equals(actor.username()));
        };
    }

    private static boolean participates(Actor actor, ProjectView project) {
        return actor.organization() != null
                && project.participants().stream().anyMatch(p -> p.organization().equals(actor.organization()));
    }
}
