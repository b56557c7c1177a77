package org.clusterhub.activity.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.ReadModelWait;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The activity catalog: each activity with its registration counts ({@code activities}), its registrations
 * ({@code activity_registrations}) and the notices its registrants' organizations get ({@code activity_notices}).
 *
 * <p>Replay-safe: every document carries the sequence of the last event applied to it, and each handler skips a
 * document already at or past the event; counts on the activity come from what the event says (e.g. the status a
 * cancelled registration had), so they never depend on another document's state. Writes go by id alone: the
 * embedded server uses its _id index only for exactly {_id}. One activity's events arrive in order on one segment.
 */
@Component
@ProcessingGroup("activity-catalog")
class ActivityCatalogProjection {

    private final MongoTemplate mongo;

    ActivityCatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        try {
            mongo.insert(new ActivityClusterNameDocument(event.clusterId().toString(), event.nameZh(), event.nameEn()));
        } catch (DuplicateKeyException alreadyKnown) {
            // Redelivered: clusters are never renamed.
        }
    }

    // ---- the activity ---------------------------------------------------------------------------------------

    @EventHandler
    void on(ActivityPlannedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.activityId().toString(), ActivityDocument.class) != null) {
            return;
        }
        ActivityDocument doc = new ActivityDocument();
        doc.id = event.activityId().toString();
        doc.clusterId = event.clusterId().toString();
        doc.kind = event.kind();
        doc.status = ActivityStatus.PLANNED;
        doc.projectId = event.projectId() == null ? null : event.projectId().toString();
        details(doc, event.title(), event.description(), event.city(), event.venue(), event.online(),
                event.startsAt(), event.endsAt(), event.capacity(), event.registrationOpensAt(),
                event.registrationClosesAt(), event.approvalRequired(), event.coOrganizers(), event.meetingTables(),
                event.meetingSlotMinutes());
        doc.version = sequence;
        doc.lastChangedAt = at;
        mongo.save(doc);
    }

    @EventHandler
    void on(ActivityPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> doc.status = ActivityStatus.PUBLISHED);
    }

    @EventHandler
    void on(ActivityRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            details(doc, event.title(), event.description(), event.city(), event.venue(), event.online(),
                    event.startsAt(), event.endsAt(), event.capacity(), event.registrationOpensAt(),
                    event.registrationClosesAt(), event.approvalRequired(), event.coOrganizers(),
                    event.meetingTables(), event.meetingSlotMinutes());
            for (String organization : event.notifiedOrganizations()) {
                notice(doc, sequence, organization, NoticeKind.REVISED, null, null, at);
            }
        });
    }

    @EventHandler
    void on(ActivityCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            doc.status = ActivityStatus.CANCELLED;
            doc.cancelReason = event.reason();
            for (String organization : event.notifiedOrganizations()) {
                notice(doc, sequence, organization, NoticeKind.CANCELLED, event.reason(), null, at);
            }
        });
    }

    // ---- registrations --------------------------------------------------------------------------------------

    @EventHandler
    void on(ActivityRegistrationAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, event.status(), 1);
            newRegistration(event.activityId(), event.registrationId(), sequence, event.organization(),
                    event.organizationCity(), event.attendeeName(), event.attendeeContact(), event.checkInCode(),
                    event.status(), at);
        });
    }

    @EventHandler
    void on(ActivityRegistrationWaitlistedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, RegistrationStatus.WAITING, 1);
            newRegistration(event.activityId(), event.registrationId(), sequence, event.organization(),
                    event.organizationCity(), event.attendeeName(), event.attendeeContact(), event.checkInCode(),
                    RegistrationStatus.WAITING, at);
        });
    }

    @EventHandler
    void on(ActivityRegistrationPromotedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, RegistrationStatus.WAITING, -1);
            count(doc, event.status(), 1);
            registrationStatus(event.registrationId(), sequence, event.status());
            notice(doc, sequence, event.organization(), NoticeKind.PROMOTED, null, event.registrationId(), at);
        });
    }

    @EventHandler
    void on(ActivityRegistrationApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, RegistrationStatus.PENDING_APPROVAL, -1);
            count(doc, RegistrationStatus.CONFIRMED, 1);
            registrationStatus(event.registrationId(), sequence, RegistrationStatus.CONFIRMED);
            notice(doc, sequence, event.organization(), NoticeKind.APPROVED, null, event.registrationId(), at);
        });
    }

    @EventHandler
    void on(ActivityRegistrationRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, RegistrationStatus.PENDING_APPROVAL, -1);
            registrationStatus(event.registrationId(), sequence, RegistrationStatus.REJECTED);
            notice(doc, sequence, event.organization(), NoticeKind.REJECTED, event.reason(), event.registrationId(),
                    at);
        });
    }

    @EventHandler
    void on(ActivityRegistrationCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            count(doc, event.previousStatus(), -1);
            registrationStatus(event.registrationId(), sequence, RegistrationStatus.CANCELLED);
        });
    }

    @EventHandler
    void on(AttendeeCheckedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.activityId(), sequence, at, doc -> {
            doc.checkedIn++;
            RegistrationDocument registration = mongo.findById(event.registrationId().toString(),
                    RegistrationDocument.class);
            if (registration != null && registration.version < sequence) {
                registration.checkedInAt = event.checkedInAt();
                registration.version = sequence;
                mongo.save(registration);
            }
        });
    }

    /** Applies an event to the activity once: skipped when the document already has it. */
    private void change(ActivityId activityId, long sequence, Instant at,
                        java.util.function.Consumer<ActivityDocument> change) {
        ActivityDocument doc = mongo.findById(activityId.toString(), ActivityDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        doc.lastChangedAt = at;
        // The sub-documents were written first: if this save is lost, a replay redoes them (each guarded by its
        // own version) and then this, so that the counts are applied exactly once.
        mongo.save(doc);
    }

    private static void count(ActivityDocument doc, RegistrationStatus status, int delta) {
        switch (status) {
            case CONFIRMED -> doc.confirmed += delta;
            case PENDING_APPROVAL -> doc.pending += delta;
            case WAITING -> doc.waiting += delta;
            case REJECTED, CANCELLED -> {
            }
        }
    }

    private void newRegistration(ActivityId activityId, RegistrationId registrationId, long sequence,
                                 String organization, org.clusterhub.shared.City city, String name, String contact,
                                 String code, RegistrationStatus status, Instant at) {
        if (mongo.findById(registrationId.toString(), RegistrationDocument.class) != null) {
            return;
        }
        RegistrationDocument doc = new RegistrationDocument();
        doc.id = registrationId.toString();
        doc.activityId = activityId.toString();
        doc.sequence = sequence;
        doc.version = sequence;
        doc.organization = organization;
        doc.organizationCity = city;
        doc.attendeeName = name;
        doc.attendeeContact = contact;
        doc.checkInCode = code;
        doc.status = status;
        doc.registeredAt = at;
        doc.searchText = Stream.of(organization, name, code).filter(s -> s != null)
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
        mongo.save(doc);
    }

    private void registrationStatus(RegistrationId registrationId, long sequence, RegistrationStatus status) {
        RegistrationDocument doc = mongo.findById(registrationId.toString(), RegistrationDocument.class);
        if (doc != null && doc.version < sequence) {
            doc.status = status;
            doc.version = sequence;
            mongo.save(doc);
        }
    }

    private void notice(ActivityDocument activity, long sequence, String organization, NoticeKind kind, String reason,
                        RegistrationId registrationId, Instant at) {
        mongo.save(new NoticeDocument(activity.id + ":" + sequence + ":" + organization, organization, activity.id,
                activity.title, kind, reason, activity.startsAt, activity.endsAt, activity.city, activity.venue,
                activity.online, registrationId == null ? null : registrationId.toString(), at));
    }

    private static void details(ActivityDocument doc, String title, String description,
                                org.clusterhub.shared.City city, String venue, boolean online, Instant startsAt,
                                Instant endsAt, int capacity, Instant opensAt, Instant closesAt, boolean approval,
                                List<CoOrganizer> coOrganizers, int tables, int slotMinutes) {
        doc.title = title;
        doc.description = description;
        doc.city = city;
        doc.venue = venue;
        doc.online = online;
        doc.startsAt = startsAt;
        doc.endsAt = endsAt;
        doc.capacity = capacity;
        doc.registrationOpensAt = opensAt;
        doc.registrationClosesAt = closesAt;
        doc.approvalRequired = approval;
        doc.coOrganizers = new ArrayList<>(coOrganizers);
        doc.meetingTables = tables;
        doc.meetingSlotMinutes = slotMinutes;
        doc.searchText = Stream.concat(Stream.of(title, venue, description),
                        coOrganizers.stream().map(CoOrganizer::name))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    @QueryHandler
    ActivityPage handle(FindActivitiesQuery q) {
        Criteria criteria = ActivityCriteria.of(q.filter());
        long total = mongo.count(new Query(criteria), ActivityDocument.class);
        Query page = new Query(criteria).with(Sort.by("startsAt", "_id")).skip(q.offset()).limit(q.limit());
        List<ActivityDocument> docs = mongo.find(page, ActivityDocument.class);
        Map<String, ActivityClusterNameDocument> names = clusterNames(docs);
        List<ActivitySummary> items = docs.stream().map(doc -> {
            ActivityClusterNameDocument name = names.get(doc.clusterId);
            return new ActivitySummary(ActivityId.of(doc.id), ClusterId.of(doc.clusterId),
                    name == null ? null : name.nameZh(), name == null ? null : name.nameEn(), doc.kind, doc.title,
                    doc.city, doc.venue, doc.online, doc.startsAt, doc.endsAt, doc.capacity, doc.status,
                    doc.confirmed, doc.pending, doc.waiting, doc.checkedIn);
        }).toList();
        return new ActivityPage(items, total);
    }

    @QueryHandler
    Optional<ActivityView> handle(FindActivityQuery q) {
        Supplier<Optional<ActivityDocument>> read =
                () -> Optional.ofNullable(mongo.findById(q.activityId().toString(), ActivityDocument.class));
        Optional<ActivityDocument> found = q.atLeastVersion() < 0 ? read.get()
                : ReadModelWait.until(read, doc -> doc.version >= q.atLeastVersion(), Duration.ofSeconds(3));
        return found.map(doc -> {
            ActivityClusterNameDocument name = mongo.findById(doc.clusterId, ActivityClusterNameDocument.class);
            return new ActivityView(q.activityId(), doc.version, ClusterId.of(doc.clusterId),
                    name == null ? null : name.nameZh(), name == null ? null : name.nameEn(), doc.kind, doc.title,
                    doc.description, doc.city, doc.venue, doc.online, doc.startsAt, doc.endsAt, doc.capacity,
                    doc.registrationOpensAt, doc.registrationClosesAt, doc.approvalRequired,
                    List.copyOf(doc.coOrganizers), doc.meetingTables, doc.meetingSlotMinutes,
                    doc.projectId == null ? null : ProjectId.of(doc.projectId), doc.status, doc.cancelReason,
                    doc.confirmed, doc.pending, doc.waiting, doc.checkedIn, doc.lastChangedAt);
        });
    }

    @QueryHandler
    RegistrationPage handle(FindActivityRegistrationsQuery q) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(where("activityId").is(q.activityId().toString()));
        if (q.organization() != null) {
            filters.add(where("organization").is(q.organization()));
        }
        if (q.status() != null) {
            filters.add(where("status").is(q.status()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            filters.add(where("searchText").regex(Pattern.quote(q.text().strip().toLowerCase(Locale.ROOT))));
        }
        Criteria criteria = new Criteria().andOperator(filters.toArray(Criteria[]::new));
        long total = mongo.count(new Query(criteria), RegistrationDocument.class);
        List<RegistrationDocument> docs = mongo.find(new Query(criteria).with(Sort.by("sequence"))
                .skip(q.offset()).limit(q.limit()), RegistrationDocument.class);
        return new RegistrationPage(views(docs), total);
    }

    @QueryHandler
    Optional<RegistrationView> handle(FindRegistrationQuery q) {
        Supplier<Optional<RegistrationDocument>> read =
                () -> Optional.ofNullable(mongo.findById(q.registrationId().toString(), RegistrationDocument.class));
        Optional<RegistrationDocument> found = q.atLeastVersion() < 0 ? read.get()
                : ReadModelWait.until(read, doc -> doc.version >= q.atLeastVersion(), Duration.ofSeconds(3));
        return found.map(doc -> views(List.of(doc)).get(0));
    }

    @QueryHandler
    RegistrationPage handle(FindOrganizationRegistrationsQuery q) {
        Criteria criteria = where("organization").is(q.organization());
        long total = mongo.count(new Query(criteria), RegistrationDocument.class);
        List<RegistrationDocument> docs = mongo.find(new Query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "registeredAt")).skip(q.offset()).limit(q.limit()),
                RegistrationDocument.class);
        return new RegistrationPage(views(docs), total);
    }

    @QueryHandler
    NoticePage handle(FindActivityNoticesQuery q) {
        Criteria criteria = where("organization").is(q.organization());
        long total = mongo.count(new Query(criteria), NoticeDocument.class);
        List<ActivityNotice> items = mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "at", "_id"))
                        .skip(q.offset()).limit(q.limit()), NoticeDocument.class).stream()
                .map(n -> new ActivityNotice(n.id(), ActivityId.of(n.activityId()), n.activityTitle(), n.kind(),
                        n.reason(), n.startsAt(), n.endsAt(), n.city(), n.venue(), n.online(),
                        n.registrationId() == null ? null : RegistrationId.of(n.registrationId()), n.at()))
                .toList();
        return new NoticePage(items, total);
    }

    /** Joins each registration with its activity (looked up by id) and its place on the waiting list. */
    private List<RegistrationView> views(List<RegistrationDocument> docs) {
        List<String> activityIds = docs.stream().map(d -> d.activityId).distinct().toList();
        Map<String, ActivityDocument> activities = mongo.find(query(where("_id").in(activityIds)),
                ActivityDocument.class).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return docs.stream().map(d -> {
            ActivityDocument activity = activities.get(d.activityId);
            int position = d.status == RegistrationStatus.WAITING ? waitingPosition(d) : 0;
            return new RegistrationView(RegistrationId.of(d.id), ActivityId.of(d.activityId),
                    activity == null ? null : activity.title, activity == null ? null : activity.startsAt,
                    activity == null ? null : activity.endsAt, d.organization, d.organizationCity, d.attendeeName,
                    d.attendeeContact, d.checkInCode, d.status, position, d.registeredAt, d.checkedInAt);
        }).toList();
    }

    private int waitingPosition(RegistrationDocument registration) {
        return (int) mongo.count(query(where("activityId").is(registration.activityId)
                .and("status").is(RegistrationStatus.WAITING).and("sequence").lte(registration.sequence)),
                RegistrationDocument.class);
    }

    private Map<String, ActivityClusterNameDocument> clusterNames(List<ActivityDocument> docs) {
        List<String> ids = docs.stream().map(d -> d.clusterId).distinct().toList();
        return mongo.find(query(where("_id").in(ids)), ActivityClusterNameDocument.class).stream()
                .collect(Collectors.toMap(ActivityClusterNameDocument::id, Function.identity()));
    }
}
