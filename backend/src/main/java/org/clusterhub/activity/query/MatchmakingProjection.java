package org.clusterhub.activity.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Matchmaking: the profiles ({@code activity_profiles}) and the 1:1 meetings with their grid and outcomes
 * ({@code activity_meetings}), and the partner suggestions computed from the profiles. In the same processing group
 * as {@link ActivityCatalogProjection}, so that a meeting request finds the registrations it names. Each document
 * carries the sequence of the last event applied to it: a replayed event changes nothing.
 */
@Component
@ProcessingGroup("activity-catalog")
class MatchmakingProjection {

    private final MongoTemplate mongo;

    MatchmakingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(MatchmakingProfilePostedEvent event, @SequenceNumber long sequence) {
        ProfileDocument doc = mongo.findById(event.registrationId().toString(), ProfileDocument.class);
        if (doc != null && doc.version >= sequence) {
            return;
        }
        if (doc == null) {
            doc = new ProfileDocument();
            doc.id = event.registrationId().toString();
            doc.activityId = event.activityId().toString();
            RegistrationDocument registration = mongo.findById(doc.id, RegistrationDocument.class);
            if (registration != null) {
                doc.attendeeName = registration.attendeeName;
                doc.organizationCity = registration.organizationCity;
            }
        }
        doc.version = sequence;
        doc.organization = event.organization();
        doc.offers = new ArrayList<>(event.offers());
        doc.seeks = new ArrayList<>(event.seeks());
        doc.tags = new ArrayList<>(new TreeSet<>(event.tags()));
        doc.chainPosition = event.chainPosition();
        doc.area = event.area();
        doc.homeCluster = event.homeCluster() == null ? null : event.homeCluster().toString();
        mongo.save(doc);
    }

    @EventHandler
    void on(MeetingRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.meetingId().toString(), MeetingDocument.class) != null) {
            return;
        }
        MeetingDocument doc = new MeetingDocument();
        doc.id = event.meetingId().toString();
        doc.activityId = event.activityId().toString();
        doc.version = sequence;
        doc.requester = event.requester().toString();
        doc.requesterOrganization = event.requesterOrganization();
        doc.requesterName = nameOf(event.requester());
        doc.invitee = event.invitee().toString();
        doc.inviteeOrganization = event.inviteeOrganization();
        doc.inviteeName = nameOf(event.invitee());
        doc.message = event.message();
        doc.status = MeetingStatus.REQUESTED;
        doc.requestedAt = at;
        mongo.save(doc);
    }

    @EventHandler
    void on(MeetingRequestAcceptedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, doc -> doc.status = MeetingStatus.ACCEPTED);
    }

    @EventHandler
    void on(MeetingRequestDeclinedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, doc -> doc.status = MeetingStatus.DECLINED);
    }

    @EventHandler
    void on(MeetingDroppedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, doc -> {
            doc.status = MeetingStatus.DROPPED;
            unplace(doc);
        });
    }

    @EventHandler
    void on(MeetingScheduleBuiltEvent event, @SequenceNumber long sequence) {
        // The new grid replaces the old one: meetings no longer in it lose their place.
        for (MeetingDocument doc : mongo.find(query(where("activityId").is(event.activityId().toString())),
                MeetingDocument.class)) {
            if (doc.version < sequence && doc.slot != null) {
                unplace(doc);
                doc.version = sequence;
                mongo.save(doc);
            }
        }
        for (ScheduledMeeting placed : event.scheduled()) {
            MeetingDocument doc = mongo.findById(placed.meetingId().toString(), MeetingDocument.class);
            if (doc != null && (doc.version < sequence || doc.slot == null)) {
                doc.slot = placed.slot();
                doc.table = placed.table();
                doc.startsAt = placed.startsAt();
                doc.endsAt = placed.endsAt();
                doc.version = sequence;
                mongo.save(doc);
            }
        }
    }

    @EventHandler
    void on(MeetingOutcomeRecordedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, doc -> {
            if (event.side().toString().equals(doc.requester)) {
                doc.requesterOutcome = event.outcome();
                doc.requesterValue = event.contractValue();
            } else {
                doc.inviteeOutcome = event.outcome();
                doc.inviteeValue = event.contractValue();
            }
        });
    }

    private void meeting(MeetingId meetingId, long sequence, java.util.function.Consumer<MeetingDocument> change) {
        MeetingDocument doc = mongo.findById(meetingId.toString(), MeetingDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        mongo.save(doc);
    }

    private static void unplace(MeetingDocument doc) {
        doc.slot = null;
        doc.table = null;
        doc.startsAt = null;
        doc.endsAt = null;
    }

    private String nameOf(RegistrationId registrationId) {
        RegistrationDocument registration = mongo.findById(registrationId.toString(), RegistrationDocument.class);
        return registration == null ? null : registration.attendeeName;
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    @QueryHandler
    MeetingList handle(FindMeetingsQuery q) {
        Criteria criteria = where("activityId").is(q.activityId().toString());
        if (q.registrationId() != null) {
            String id = q.registrationId().toString();
            criteria = criteria.orOperator(where("requester").is(id), where("invitee").is(id));
        }
        List<MeetingView> items = mongo.find(query(criteria).with(Sort.by("requestedAt", "_id")),
                        MeetingDocument.class).stream()
                .sorted(Comparator.comparing((MeetingDocument m) -> m.slot == null ? Integer.MAX_VALUE : m.slot)
                        .thenComparing(m -> m.table == null ? 0 : m.table))
                .map(MatchmakingProjection::view)
                .toList();
        return new MeetingList(items);
    }

    @QueryHandler
    Optional<MatchmakingProfileView> handle(FindMatchmakingProfileQuery q) {
        ProfileDocument doc = mongo.findById(q.registrationId().toString(), ProfileDocument.class);
        return Optional.ofNullable(doc).filter(d -> d.activityId.equals(q.activityId().toString()))
                .map(MatchmakingProjection::view);
    }

    @QueryHandler
    PartnerSuggestions handle(FindPartnerSuggestionsQuery q) {
        ProfileDocument mine = mongo.findById(q.registrationId().toString(), ProfileDocument.class);
        if (mine == null || !mine.activityId.equals(q.activityId().toString())) {
            return new PartnerSuggestions(List.of());
        }
        List<MatchmakingProfileView> others = mongo.find(query(where("activityId").is(q.activityId().toString())),
                        ProfileDocument.class).stream()
                .filter(p -> !p.id.equals(mine.id) && !p.organization.equals(mine.organization))
                .filter(p -> isConfirmed(p.id))
                .map(MatchmakingProjection::view)
                .toList();
        return new PartnerSuggestions(PartnerScoring.suggest(view(mine), others, q.limit()));
    }

    private boolean isConfirmed(String registrationId) {
        RegistrationDocument registration = mongo.findById(registrationId, RegistrationDocument.class);
        return registration != null && registration.status == RegistrationStatus.CONFIRMED;
    }

    static MeetingView view(MeetingDocument m) {
        return new MeetingView(MeetingId.of(m.id), ActivityId.of(m.activityId), RegistrationId.of(m.requester),
                m.requesterOrganization, m.requesterName, RegistrationId.of(m.invitee), m.inviteeOrganization,
                m.inviteeName, m.message, m.status, m.slot, m.table, m.startsAt, m.endsAt, m.requesterOutcome,
                m.requesterValue, m.inviteeOutcome, m.inviteeValue, m.requestedAt);
    }

    private static MatchmakingProfileView view(ProfileDocument p) {
        return new MatchmakingProfileView(RegistrationId.of(p.id), p.organization, p.attendeeName,
                p.organizationCity, List.copyOf(p.offers), List.copyOf(p.seeks), new TreeSet<>(p.tags),
                p.chainPosition, p.area, p.homeCluster == null ? null : ClusterId.of(p.homeCluster));
    }
}
