package org.clusterhub.ui.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterhub.activity.api.ActivityFilter;
import org.clusterhub.activity.api.ActivityKind;
import org.clusterhub.activity.api.ActivityView;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.ui.support.Queries;

/**
 * What the signed-in person may see and do around activities, from the same facts the API and the aggregate use
 * (ADR 010). The screens only hide what would be refused anyway: the command bus and the aggregate decide.
 */
public final class ActivityScope {

    private ActivityScope() {
    }

    public static ActivityFilter filter(Optional<Actor> actor, Instant from, Instant to, City city, ClusterId cluster,
                                        ActivityKind kind, String text) {
        boolean all = actor.map(Actor::isSupervisor).orElse(false);
        Set<String> own = actor.filter(a -> a.role() == Role.PROMOTION_STAFF).map(Actor::clusterIds).orElse(Set.of());
        return new ActivityFilter(from, to, city, cluster, kind, text, all, own);
    }

    public static boolean mayPlan(Optional<Actor> actor) {
        return actor.map(a -> a.isSupervisor() || a.role() == Role.PROMOTION_STAFF).orElse(false);
    }

    public static boolean isOrganizer(Optional<Actor> actor, ActivityView activity) {
        return actor.map(a -> a.isSupervisor() || a.isStaffOf(activity.clusterId().toString())).orElse(false);
    }

    public static boolean isMember(Optional<Actor> actor) {
        return actor.map(a -> a.role() == Role.MEMBER && a.organization() != null).orElse(false);
    }

    /** Clusters a person may plan for: all for a supervisor, their own for promotion staff. */
    public static List<ClusterSummary> plannableClusters(Queries queries, Optional<Actor> actor) {
        List<ClusterSummary> all = clusters(queries);
        if (actor.map(Actor::isSupervisor).orElse(false)) {
            return all;
        }
        Set<String> own = actor.map(Actor::clusterIds).orElse(Set.of());
        return all.stream().filter(c -> own.contains(c.clusterId().toString())).toList();
    }

    public static List<ClusterSummary> clusters(Queries queries) {
        return queries.one(new FindClustersQuery(null, null, null, false, 0, 500), ClusterPage.class).items();
    }
}
