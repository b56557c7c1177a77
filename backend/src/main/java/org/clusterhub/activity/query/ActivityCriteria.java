package org.clusterhub.activity.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clusterhub.activity.api.ActivityFilter;
import org.clusterhub.activity.api.ActivityStatus;
import org.springframework.data.mongodb.core.query.Criteria;

/** The activity filter as a MongoDB criteria, shared by the list, the calendar and the figures. */
final class ActivityCriteria {

    private ActivityCriteria() {
    }

    static Criteria of(ActivityFilter filter) {
        List<Criteria> filters = new ArrayList<>();
        if (filter.from() != null) {
            filters.add(where("startsAt").gte(filter.from()));
        }
        if (filter.to() != null) {
            filters.add(where("startsAt").lt(filter.to()));
        }
        if (filter.city() != null) {
            filters.add(where("city").is(filter.city()));
        }
        if (filter.clusterId() != null) {
            filters.add(where("clusterId").is(filter.clusterId().toString()));
        }
        if (filter.kind() != null) {
            filters.add(where("kind").is(filter.kind()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            filters.add(where("searchText").regex(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT))));
        }
        if (!filter.allPlanned()) {
            // Planned activities are the organizers' drafts: others see published and cancelled ones only.
            filters.add(new Criteria().orOperator(where("status").ne(ActivityStatus.PLANNED),
                    where("clusterId").in(filter.plannedOfClusters())));
        }
        return filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters.toArray(Criteria[]::new));
    }
}
