package org.clusterhub.activity.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.activity.api.ActivityFigures;
import org.clusterhub.activity.api.FigureRow;
import org.clusterhub.activity.api.FindActivityFiguresQuery;
import org.clusterhub.activity.api.MeetingOutcome;
import org.clusterhub.activity.api.MeetingStatus;
import org.clusterhub.activity.api.ActivityStatus;
import org.clusterhub.project.api.FindProjectQuery;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Follow-up figures: attendance, meetings and their outcomes per activity, cluster or city. Only activities that
 * have started count (a future activity has no attendance yet), and cancelled ones not at all. A meeting's outcome is
 * the better of what its two sides recorded and its value the larger of theirs, so that a contract both sides
 * report counts once.
 */
@Component
class ActivityFiguresQueries {

    static final String NO_PROJECT = "none";

    private final MongoTemplate mongo;
    private final QueryGateway queries;
    private final Clock clock;

    ActivityFiguresQueries(MongoTemplate mongo, QueryGateway queries) {
        this.mongo = mongo;
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    @QueryHandler
    ActivityFigures handle(FindActivityFiguresQuery q) {
        Instant now = clock.instant();
        Criteria criteria = new Criteria().andOperator(ActivityCriteria.of(q.filter()),
                where("startsAt").lte(now), where("status").is(ActivityStatus.PUBLISHED));
        List<ActivityDocument> activities = mongo.find(new Query(criteria).with(Sort.by("startsAt", "_id")),
                ActivityDocument.class);
        List<String> ids = activities.stream().map(a -> a.id).toList();
        Map<String, List<MeetingDocument>> meetings = mongo.find(query(where("activityId").in(ids)),
                MeetingDocument.class).stream().collect(Collectors.groupingBy(m -> m.activityId));
        Set<String> checkedIn = new HashSet<>();
        mongo.find(query(where("activityId").in(ids).and("checkedInAt").ne(null)), RegistrationDocument.class)
                .forEach(r -> checkedIn.add(r.id));
        Map<String, ActivityClusterNameDocument> clusterNames = mongo.find(query(where("_id")
                        .in(activities.stream().map(a -> a.clusterId).distinct().toList())),
                ActivityClusterNameDocument.class).stream()
                .collect(Collectors.toMap(ActivityClusterNameDocument::id, Function.identity()));

        Map<String, Tally> groups = new LinkedHashMap<>();
        Tally total = new Tally("total", "合计", "Total");
        for (ActivityDocument activity : activities) {
            Tally group = switch (q.grouping()) {
                case ACTIVITY -> groups.computeIfAbsent(activity.id, k -> new Tally(k, activity.title, activity.title));
                case CLUSTER -> groups.computeIfAbsent(activity.clusterId, k -> {
                    ActivityClusterNameDocument name = clusterNames.get(k);
                    return new Tally(k, name == null ? k : name.nameZh(), name == null ? k : name.nameEn());
                });
                case CITY -> groups.computeIfAbsent(activity.city.name(), k -> new Tally(k, null, null));
                case PROJECT -> groups.computeIfAbsent(activity.projectId == null ? NO_PROJECT : activity.projectId,
                        this::projectTally);
            };
            for (Tally tally : List.of(group, total)) {
                tally.add(activity, meetings.getOrDefault(activity.id, List.of()), checkedIn, now);
            }
        }
        List<FigureRow> rows = new ArrayList<>(groups.values().stream().map(Tally::row).toList());
        if (q.grouping() != org.clusterhub.activity.api.FigureGrouping.ACTIVITY) {
            rows.sort(Comparator.comparingInt(FigureRow::activities).reversed().thenComparing(FigureRow::key));
        }
        return new ActivityFigures(rows, total.row());
    }

    /** A project's group, named by its title (from the project context's read model). */
    private Tally projectTally(String projectId) {
        if (NO_PROJECT.equals(projectId)) {
            return new Tally(projectId, "不属于项目的活动", "Events of no project");
        }
        String title = queries.query(new FindProjectQuery(ProjectId.of(projectId)),
                        ResponseTypes.optionalInstanceOf(ProjectView.class)).join()
                .map(ProjectView::title).orElse(projectId);
        return new Tally(projectId, title, title);
    }

    private static final class Tally {
        final String key;
        final String labelZh;
        final String labelEn;
        int activities;
        int confirmed;
        int checkedIn;
        int requested;
        int accepted;
        int held;
        int intentions;
        int contracts;
        BigDecimal value = BigDecimal.ZERO.setScale(2);

        Tally(String key, String labelZh, String labelEn) {
            this.key = key;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        void add(ActivityDocument activity, List<MeetingDocument> meetings, Set<String> checkedInIds, Instant now) {
            activities++;
            confirmed += activity.confirmed;
            checkedIn += activity.checkedIn;
            for (MeetingDocument m : meetings) {
                requested++;
                if (m.status != MeetingStatus.ACCEPTED) {
                    continue;
                }
                accepted++;
                boolean outcome = m.requesterOutcome != null || m.inviteeOutcome != null;
                boolean bothThere = m.slot != null && !m.startsAt.isAfter(now) && checkedInIds.contains(m.requester)
                        && checkedInIds.contains(m.invitee);
                if (outcome || bothThere) {
                    held++;
                }
                MeetingOutcome best = best(m.requesterOutcome, m.inviteeOutcome);
                if (best == MeetingOutcome.INTENTION) {
                    intentions++;
                } else if (best == MeetingOutcome.CONTRACT_SIGNED) {
                    contracts++;
                }
                BigDecimal larger = max(m.requesterValue, m.inviteeValue);
                if (larger != null) {
                    value = value.add(larger);
                }
            }
        }

        FigureRow row() {
            BigDecimal rate = confirmed == 0 ? null : BigDecimal.valueOf(checkedIn * 100L)
                    .divide(BigDecimal.valueOf(confirmed), 1, RoundingMode.HALF_UP);
            return new FigureRow(key, labelZh, labelEn, activities, confirmed, checkedIn, rate, requested, accepted,
                    held, intentions, contracts, value);
        }

        private static MeetingOutcome best(MeetingOutcome a, MeetingOutcome b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return a.ordinal() >= b.ordinal() ? a : b;
        }

        private static BigDecimal max(BigDecimal a, BigDecimal b) {
            if (a == null) {
                return b;
            }
            return b == null || a.compareTo(b) >= 0 ? a : b;
        }
    }
}
