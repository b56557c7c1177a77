package org.clusterhub.project.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.WorkKind;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One open piece of work, and whose it is. {@code audience} names the people as keys ({@code supervisor},
 * {@code staff:<cluster id>}, {@code coordinator:<CITY>}, {@code member:<organization>}, {@code expert:<username>}),
 * so that one {@code $in} query finds a person's items whatever their role. Derived from {@link WorkStateDocument};
 * written only by {@link WorkQueueProjection}.
 *
 * @param missed the deadline for this work was recorded as missed
 */
@Document("project_work_items")
record WorkItemDocument(@Id String id, String projectId, String projectTitle, WorkKind kind, String subjectId,
                        String subject, ChangeKind changeKind, LocalDate due, boolean missed, Instant since,
                        @Indexed List<String> audience) {

    static final String SUPERVISOR = "supervisor";

    static String staff(String clusterId) {
        return "staff:" + clusterId;
    }

    static String coordinator(City city) {
        return "coordinator:" + city;
    }

    static String member(String organization) {
        return "member:" + organization;
    }

    static String expert(String username) {
        return "expert:" + username;
    }

    /** The keys under which {@code actor}'s work is filed. */
    static Set<String> keysOf(Actor actor) {
        return switch (actor.role()) {
            case SUPERVISOR, SYSTEM -> Set.of(SUPERVISOR);
            case PROMOTION_STAFF -> Set.copyOf(actor.clusterIds().stream().map(WorkItemDocument::staff).toList());
            case CITY_COORDINATOR -> actor.city() == null ? Set.of() : Set.of(coordinator(actor.city()));
            case MEMBER -> actor.organization() == null ? Set.of() : Set.of(member(actor.organization()));
            case EXPERT -> Set.of(expert(actor.username()));
        };
    }
}
