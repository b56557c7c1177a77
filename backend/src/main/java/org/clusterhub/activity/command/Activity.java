package org.clusterhub.activity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.activity.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;

/**
 * A cluster's public service activity (活动): its registrations with their seats and waiting list, check-in, and for
 * matchmaking the 1:1 meetings and their grid. Capacity, the waiting list's order, single check-in and the grid's
 * "nobody and no table twice" are invariants of this one aggregate: Axon handles its commands one at a time, and the
 * event store's unique (aggregate, sequence) key refuses a second node's concurrent append, so two people taking the
 * last seat cannot both get it. Display data (titles, names, descriptions) lives in the projections.
 *
 * @see <a href="../../../../../../../../docs/decisions/010-activities-registration-and-meeting-schedule.md">ADR 010</a>
 */
@Aggregate
class Activity {

    /** Check-in opens this long before the start, for early arrivals at the door. */
    static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(3);
    static final Duration LONGEST_ACTIVITY = Duration.ofDays(31);
    static final int MOST_SLOTS = 200;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @AggregateIdentifier
    private ActivityId activityId;
    private String clusterId;
    private ActivityKind kind;
    private ActivityStatus status;
    private City city;
    private String venue;
    private boolean online;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private boolean approvalRequired;
    private int meetingTables;
    private int meetingSlotMinutes;
    private String title;
    private String description;
    private List<CoOrganizer> coOrganizers = List.of();
    /** In registration order: the waiting list is the WAITING ones in this order. */
    private final Map<RegistrationId, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, RegistrationId> codes = new LinkedHashMap<>();
    private final Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Activity() {
    }

    /** Records, so that Axon's fixture can compare the state a command left with the state its events rebuild. */
    private record Registration(String organization, String personKey, RegistrationStatus status, Instant checkedInAt) {

        boolean checkedIn() {
            return checkedInAt != null;
        }

        boolean holdsSeat() {
            return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.PENDING_APPROVAL;
        }

        boolean active() {
            return holdsSeat() || status == RegistrationStatus.WAITING;
        }

        Registration with(RegistrationStatus newStatus) {
            return new Registration(organization, personKey, newStatus, checkedInAt);
        }
    }

    private record Meeting(RegistrationId requester, RegistrationId invitee, MeetingStatus status, Integer slot) {

        boolean open() {
            return status == MeetingStatus.REQUESTED || status == MeetingStatus.ACCEPTED;
        }

        boolean involves(RegistrationId registration) {
            return requester.equals(registration) || invitee.equals(registration);
        }

        Meeting with(MeetingStatus newStatus, Integer newSlot) {
            return new Meeting(requester, invitee, newStatus, newSlot);
        }
    }

    // ---- planning ---------------------------------------------------------------------------------------------

    @CommandHandler
    Activity(PlanActivityCommand command) {
        requirePlan(command.kind(), command.online(), command.venue(), command.startsAt(), command.endsAt(),
                command.registrationOpensAt(), command.registrationClosesAt(), command.meetingTables(),
                command.meetingSlotMinutes());
        if (!command.startsAt().isAfter(now())) {
            throw new DomainRuleViolation("activity.error.startInPast", "startsAt");
        }
        boolean matchmaking = command.kind() == ActivityKind.MATCHMAKING;
        apply(new ActivityPlannedEvent(command.activityId(), command.clusterId(), command.kind(),
                command.title().strip(), blankToNull(command.description()), command.city(),
                blankToNull(command.venue()), command.online(), command.startsAt(), command.endsAt(),
                command.capacity(), command.registrationOpensAt(), command.registrationClosesAt(),
                command.approvalRequired(), List.copyOf(command.coOrganizers()),
                matchmaking ? command.meetingTables() : 0, matchmaking ? command.meetingSlotMinutes() : 0,
                command.projectId()));
    }

    @CommandHandler
    void handle(PublishActivityCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        if (status == ActivityStatus.PUBLISHED) {
            throw new DomainRuleViolation("activity.error.alreadyPublished", null);
        }
        requireNotOver();
        apply(new ActivityPublishedEvent(activityId));
    }

    @CommandHandler
    void handle(ReviseActivityCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        requireNotOver();
        requirePlan(kind, command.online(), command.venue(), command.startsAt(), command.endsAt(),
                command.registrationOpensAt(), command.registrationClosesAt(), command.meetingTables(),
                command.meetingSlotMinutes());
        long seats = seatsTaken();
        if (command.capacity() < seats) {
            throw new DomainRuleViolation("activity.error.capacityBelowSeats", "capacity", seats);
        }
        if (approvalRequired && !command.approvalRequired() && count(RegistrationStatus.PENDING_APPROVAL) > 0) {
            // Dropping approval would leave the pending ones in limbo: decide on them first.
            throw new DomainRuleViolation("activity.error.pendingApprovalsLeft", "approvalRequired");
        }
        boolean matchmaking = kind == ActivityKind.MATCHMAKING;
        int tables = matchmaking ? command.meetingTables() : 0;
        int slotMinutes = matchmaking ? command.meetingSlotMinutes() : 0;
        String newVenue = blankToNull(command.venue());
        boolean timeOrPlaceChanged = !command.startsAt().equals(startsAt) || !command.endsAt().equals(endsAt)
                || command.city() != city || !Objects.equals(newVenue, venue) || command.online() != online;
        boolean unchanged = !timeOrPlaceChanged && command.title().strip().equals(title)
                && Objects.equals(blankToNull(command.description()), description)
                && command.capacity() == capacity
                && command.registrationOpensAt().equals(registrationOpensAt)
                && command.registrationClosesAt().equals(registrationClosesAt)
                && command.approvalRequired() == approvalRequired
                && command.coOrganizers().equals(coOrganizers) && tables == meetingTables
                && slotMinutes == meetingSlotMinutes;
        if (unchanged) {
            throw new DomainRuleViolation("activity.error.unchanged", null);
        }
        apply(new ActivityRevisedEvent(activityId, command.title().strip(), blankToNull(command.description()),
                command.city(), newVenue, command.online(), command.startsAt(), command.endsAt(),
                command.capacity(), command.registrationOpensAt(), command.registrationClosesAt(),
                command.approvalRequired(), List.copyOf(command.coOrganizers()), tables, slotMinutes,
                timeOrPlaceChanged, timeOrPlaceChanged ? activeOrganizations() : List.of()));
        promoteWhileSeatsFree();
    }

    @CommandHandler
    void handle(CancelActivityCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        requireNotOver();
        apply(new ActivityCancelledEvent(activityId, command.reason().strip(), activeOrganizations()));
    }

    // ---- registration -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RegisterForActivityCommand command, Actor actor) {
        requireActsFor(actor, command.organization().strip(), command);
        if (actor.role() == Role.MEMBER && actor.city() != null && command.organizationCity() != null
                && actor.city() != command.organizationCity()) {
            throw new DomainRuleViolation("activity.error.organizationCityMismatch", "organizationCity");
        }
        requireNotCancelled();
        if (status != ActivityStatus.PUBLISHED) {
            throw new DomainRuleViolation("activity.error.notPublished", null);
        }
        Instant now = now();
        if (now.isBefore(registrationOpensAt)) {
            throw new DomainRuleViolation("activity.error.registrationNotOpen", null);
        }
        if (!now.isBefore(registrationClosesAt) || !now.isBefore(endsAt)) {
            throw new DomainRuleViolation("activity.error.registrationClosed", null);
        }
        if (registrations.containsKey(command.registrationId())) {
            throw new DomainRuleViolation("activity.error.registrationIdTaken", "registrationId");
        }
        String organization = command.organization().strip();
        String personKey = personKey(organization, command.attendeeName());
        boolean duplicate = registrations.values().stream()
                .anyMatch(r -> r.active() && r.personKey().equals(personKey));
        if (duplicate) {
            throw new DomainRuleViolation("activity.error.alreadyRegistered", "attendeeName");
        }
        String code = newCheckInCode();
        String name = command.attendeeName().strip();
        String contact = blankToNull(command.attendeeContact());
        if (seatsTaken() < capacity) {
            apply(new ActivityRegistrationAcceptedEvent(activityId, command.registrationId(), organization,
                    command.organizationCity(), name, contact, code, seatStatus()));
        } else {
            apply(new ActivityRegistrationWaitlistedEvent(activityId, command.registrationId(), organization,
                    command.organizationCity(), name, contact, code,
                    (int) count(RegistrationStatus.WAITING) + 1));
        }
    }

    @CommandHandler
    void handle(ApproveActivityRegistrationCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        Registration registration = pending(command.registrationId());
        apply(new ActivityRegistrationApprovedEvent(activityId, command.registrationId(),
                registration.organization()));
    }

    @CommandHandler
    void handle(RejectActivityRegistrationCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        Registration registration = pending(command.registrationId());
        apply(new ActivityRegistrationRejectedEvent(activityId, command.registrationId(), registration.organization(),
                command.reason().strip()));
        afterRegistrationEnded(command.registrationId());
    }

    @CommandHandler
    void handle(CancelActivityRegistrationCommand command, Actor actor) {
        Registration registration = registration(command.registrationId());
        requireActsFor(actor, registration.organization(), command);
        requireNotCancelled();
        requireNotOver();
        if (!registration.active()) {
            throw new DomainRuleViolation("activity.error.registrationNotActive", null);
        }
        if (registration.checkedIn()) {
            throw new DomainRuleViolation("activity.error.alreadyCheckedIn", null, shanghai(registration.checkedInAt()));
        }
        apply(new ActivityRegistrationCancelledEvent(activityId, command.registrationId(), registration.organization(),
                registration.status()));
        afterRegistrationEnded(command.registrationId());
    }

    /** A seat may have freed: the first waiting takes it; the person's open meetings can no longer happen. */
    private void afterRegistrationEnded(RegistrationId ended) {
        meetings.forEach((id, meeting) -> {
            if (meeting.open() && meeting.involves(ended)) {
                apply(new MeetingDroppedEvent(activityId, id));
            }
        });
        if (!now().isBefore(endsAt)) {
            return;
        }
        promoteWhileSeatsFree();
    }

    private void promoteWhileSeatsFree() {
        while (seatsTaken() < capacity) {
            Optional<Map.Entry<RegistrationId, Registration>> next = registrations.entrySet().stream()
                    .filter(e -> e.getValue().status() == RegistrationStatus.WAITING).findFirst();
            if (next.isEmpty()) {
                return;
            }
            apply(new ActivityRegistrationPromotedEvent(activityId, next.get().getKey(),
                    next.get().getValue().organization(), seatStatus()));
        }
    }

    // ---- check-in ---------------------------------------------------------------------------------------------

    /** Answers the registration checked in, so that the door screen can greet the person. */
    @CommandHandler
    RegistrationId handle(CheckInAttendeeCommand command, Actor actor) {
        requireOrganizer(actor, command);
        requireNotCancelled();
        String code = command.checkInCode().strip().toUpperCase(Locale.ROOT);
        if (!code.startsWith(codePrefix() + "-")) {
            throw new DomainRuleViolation("activity.error.codeOfAnotherActivity", "checkInCode");
        }
        RegistrationId registrationId = codes.get(code);
        if (registrationId == null) {
            throw new DomainRuleViolation("activity.error.unknownCode", "checkInCode");
        }
        Registration registration = registrations.get(registrationId);
        if (registration.checkedIn()) {
            throw new DomainRuleViolation("activity.error.alreadyCheckedIn", "checkInCode",
                    shanghai(registration.checkedInAt()));
        }
        switch (registration.status()) {
            case WAITING -> throw new DomainRuleViolation("activity.error.stillWaiting", "checkInCode");
            case PENDING_APPROVAL -> throw new DomainRuleViolation("activity.error.notApproved", "checkInCode");
            case REJECTED, CANCELLED ->
                    throw new DomainRuleViolation("activity.error.registrationNotActive", "checkInCode");
            case CONFIRMED -> {
            }
        }
        Instant now = now();
        if (now.isBefore(startsAt.minus(CHECK_IN_OPENS_BEFORE))) {
            throw new DomainRuleViolation("activity.error.checkInNotOpen", "checkInCode");
        }
        requireNotOver();
        apply(new AttendeeCheckedInEvent(activityId, registrationId, registration.organization(), now));
        return registrationId;
    }

    // ---- matchmaking ------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(PostMatchmakingProfileCommand command, Actor actor) {
        requireMatchmaking();
        Registration registration = registration(command.registrationId());
        requireActsFor(actor, registration.organization(), command);
        requireNotCancelled();
        requireNotOver();
        requireConfirmed(registration);
        if (command.offers().isEmpty() && command.seeks().isEmpty()) {
            throw new DomainRuleViolation("activity.error.emptyProfile", "offers");
        }
        apply(new MatchmakingProfilePostedEvent(activityId, command.registrationId(), registration.organization(),
                strip(command.offers()), strip(command.seeks()),
                command.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                command.chainPosition(), blankToNull(command.area()), command.homeCluster()));
    }

    @CommandHandler
    void handle(RequestMeetingCommand command, Actor actor) {
        requireMatchmaking();
        Registration requester = registration(command.requester());
        requireActsFor(actor, requester.organization(), command);
        requireNotCancelled();
        requireNotOver();
        if (command.requester().equals(command.invitee())) {
            throw new DomainRuleViolation("activity.error.meetingWithSelf", "invitee");
        }
        Registration invitee = registration(command.invitee());
        requireConfirmed(requester);
        if (invitee.status() != RegistrationStatus.CONFIRMED) {
            throw new DomainRuleViolation("activity.error.inviteeNotConfirmed", "invitee");
        }
        if (meetings.containsKey(command.meetingId())) {
            throw new DomainRuleViolation("activity.error.meetingIdTaken", "meetingId");
        }
        boolean pairHasOpenMeeting = meetings.values().stream().anyMatch(m -> m.open()
                && m.involves(command.requester()) && m.involves(command.invitee()));
        if (pairHasOpenMeeting) {
            throw new DomainRuleViolation("activity.error.meetingAlreadyRequested", "invitee");
        }
        apply(new MeetingRequestedEvent(activityId, command.meetingId(), command.requester(),
                requester.organization(), command.invitee(), invitee.organization(), blankToNull(command.message())));
    }

    @CommandHandler
    void handle(RespondToMeetingRequestCommand command, Actor actor) {
        requireMatchmaking();
        Meeting meeting = meeting(command.meetingId());
        requireActsFor(actor, registrations.get(meeting.invitee()).organization(), command);
        requireNotCancelled();
        requireNotOver();
        if (meeting.status() != MeetingStatus.REQUESTED) {
            throw new DomainRuleViolation("activity.error.meetingNotOpen", null);
        }
        apply(command.accept() ? new MeetingRequestAcceptedEvent(activityId, command.meetingId())
                : new MeetingRequestDeclinedEvent(activityId, command.meetingId()));
    }

    @CommandHandler
    void handle(BuildMeetingScheduleCommand command, Actor actor) {
        requireMatchmaking();
        requireOrganizer(actor, command);
        requireNotCancelled();
        requireNotOver();
        List<MeetingScheduler.Request> accepted = new ArrayList<>();
        meetings.forEach((id, meeting) -> {
            if (meeting.status() == MeetingStatus.ACCEPTED) {
                accepted.add(new MeetingScheduler.Request(id.toString(), meeting.requester().toString(),
                        meeting.invitee().toString(), meeting.slot() == null ? -1 : meeting.slot()));
            }
        });
        if (accepted.isEmpty()) {
            throw new DomainRuleViolation("activity.error.nothingToSchedule", null);
        }
        MeetingScheduler.Result result = MeetingScheduler.schedule(accepted, slotCount(), meetingTables);
        Duration slotLength = Duration.ofMinutes(meetingSlotMinutes);
        List<ScheduledMeeting> scheduled = result.placed().entrySet().stream()
                .map(e -> {
                    Instant slotStart = startsAt.plus(slotLength.multipliedBy(e.getValue().slot()));
                    return new ScheduledMeeting(MeetingId.of(e.getKey()), e.getValue().slot(),
                            e.getValue().table(), slotStart, slotStart.plus(slotLength));
                })
                .toList();
        apply(new MeetingScheduleBuiltEvent(activityId, scheduled,
                result.unscheduled().stream().map(MeetingId::of).toList()));
    }

    @CommandHandler
    void handle(RecordMeetingOutcomeCommand command, Actor actor) {
        requireMatchmaking();
        Meeting meeting = meeting(command.meetingId());
        if (!meeting.involves(command.side())) {
            throw new DomainRuleViolation("activity.error.notASide", "side");
        }
        Registration side = registrations.get(command.side());
        requireActsFor(actor, side.organization(), command);
        requireNotCancelled();
        if (meeting.status() != MeetingStatus.ACCEPTED || meeting.slot() == null) {
            throw new DomainRuleViolation("activity.error.meetingNotScheduled", null);
        }
        Instant slotStart = startsAt.plus(Duration.ofMinutes((long) meetingSlotMinutes * meeting.slot()));
        if (now().isBefore(slotStart)) {
            throw new DomainRuleViolation("activity.error.meetingNotYetHeld", null);
        }
        BigDecimal value = command.contractValue();
        if (value != null && value.signum() > 0 && command.outcome() == MeetingOutcome.NO_RESULT) {
            throw new DomainRuleViolation("activity.error.valueWithoutResult", "contractValue");
        }
        apply(new MeetingOutcomeRecordedEvent(activityId, command.meetingId(), command.side(), side.organization(),
                command.outcome(), value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP),
                blankToNull(command.note())));
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    private static void requirePlan(ActivityKind kind, boolean online, String venue, Instant startsAt,
                                    Instant endsAt, Instant opensAt, Instant closesAt, int tables,
                                    int slotMinutes) {
        if (!online && (venue == null || venue.isBlank())) {
            throw new DomainRuleViolation("activity.error.venueRequired", "venue");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainRuleViolation("activity.error.endBeforeStart", "endsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_ACTIVITY) > 0) {
            throw new DomainRuleViolation("activity.error.tooLong", "endsAt");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new DomainRuleViolation("activity.error.windowEmpty", "registrationClosesAt");
        }
        if (closesAt.isAfter(endsAt)) {
            throw new DomainRuleViolation("activity.error.windowAfterEnd", "registrationClosesAt");
        }
        if (kind == ActivityKind.MATCHMAKING) {
            if (tables < 1) {
                throw new DomainRuleViolation("activity.error.tablesRequired", "meetingTables");
            }
            if (slotMinutes < 5) {
                throw new DomainRuleViolation("activity.error.slotTooShort", "meetingSlotMinutes");
            }
            long slots = Duration.between(startsAt, endsAt).toMinutes() / slotMinutes;
            if (slots < 1) {
                throw new DomainRuleViolation("activity.error.noSlotFits", "meetingSlotMinutes");
            }
            if (slots > MOST_SLOTS) {
                throw new DomainRuleViolation("activity.error.tooManySlots", "meetingSlotMinutes", MOST_SLOTS);
            }
        }
    }

    private void requireOrganizer(Actor actor, Object command) {
        if (!actor.isSupervisor() && !actor.isStaffOf(clusterId)) {
            throw new AccessRefused(command.getClass().getSimpleName(), actor.username());
        }
    }

    /** Members act for their own organization; the organizer's staff and supervisors for anyone. */
    private void requireActsFor(Actor actor, String organization, Object command) {
        boolean allowed = actor.isSupervisor() || actor.isStaffOf(clusterId)
                || (actor.role() == Role.MEMBER && organization.equals(actor.organization()));
        if (!allowed) {
            throw new AccessRefused(command.getClass().getSimpleName(), actor.username());
        }
    }

    private void requireNotCancelled() {
        if (status == ActivityStatus.CANCELLED) {
            throw new DomainRuleViolation("activity.error.cancelled", null);
        }
    }

    private void requireNotOver() {
        if (!now().isBefore(endsAt)) {
            throw new DomainRuleViolation("activity.error.over", null);
        }
    }

    private void requireMatchmaking() {
        if (kind != ActivityKind.MATCHMAKING) {
            throw new DomainRuleViolation("activity.error.notMatchmaking", null);
        }
    }

    private static void requireConfirmed(Registration registration) {
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new DomainRuleViolation("activity.error.notConfirmed", null);
        }
    }

    private Registration registration(RegistrationId id) {
        Registration registration = registrations.get(id);
        if (registration == null) {
            throw new DomainRuleViolation("activity.error.unknownRegistration", "registrationId");
        }
        return registration;
    }

    private Registration pending(RegistrationId id) {
        Registration registration = registration(id);
        if (registration.status() != RegistrationStatus.PENDING_APPROVAL) {
            throw new DomainRuleViolation("activity.error.notPending", null);
        }
        return registration;
    }

    private Meeting meeting(MeetingId id) {
        Meeting meeting = meetings.get(id);
        if (meeting == null) {
            throw new DomainRuleViolation("activity.error.unknownMeeting", "meetingId");
        }
        return meeting;
    }

    private long seatsTaken() {
        return registrations.values().stream().filter(Registration::holdsSeat).count();
    }

    private long count(RegistrationStatus wanted) {
        return registrations.values().stream().filter(r -> r.status() == wanted).count();
    }

    private RegistrationStatus seatStatus() {
        return approvalRequired ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    }

    private List<String> activeOrganizations() {
        return registrations.values().stream().filter(Registration::active).map(Registration::organization)
                .distinct().toList();
    }

    int slotCount() {
        return meetingSlotMinutes == 0 ? 0
                : (int) (Duration.between(startsAt, endsAt).toMinutes() / meetingSlotMinutes);
    }

    /** The first six hex digits of the activity id: a code read at another activity's door is recognized as such. */
    private String codePrefix() {
        return codePrefix(activityId);
    }

    static String codePrefix(ActivityId id) {
        return id.toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private String newCheckInCode() {
        while (true) {
            StringBuilder code = new StringBuilder(codePrefix()).append('-');
            for (int i = 0; i < 6; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!codes.containsKey(code.toString())) {
                return code.toString();
            }
        }
    }

    private static String personKey(String organization, String attendeeName) {
        return organization.strip() + "\u0000" + attendeeName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A time for a refusal's message, as the people at the door read it. */
    private static String shanghai(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(at);
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static List<String> strip(List<String> texts) {
        return texts.stream().map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ActivityPlannedEvent event) {
        activityId = event.activityId();
        clusterId = event.clusterId().toString();
        kind = event.kind();
        status = ActivityStatus.PLANNED;
        title = event.title();
        description = event.description();
        city = event.city();
        venue = event.venue();
        online = event.online();
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        capacity = event.capacity();
        registrationOpensAt = event.registrationOpensAt();
        registrationClosesAt = event.registrationClosesAt();
        approvalRequired = event.approvalRequired();
        coOrganizers = event.coOrganizers();
        meetingTables = event.meetingTables();
        meetingSlotMinutes = event.meetingSlotMinutes();
    }

    @EventSourcingHandler
    void on(ActivityPublishedEvent event) {
        status = ActivityStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ActivityRevisedEvent event) {
        title = event.title();
        description = event.description();
        city = event.city();
        venue = event.venue();
        online = event.online();
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        capacity = event.capacity();
        registrationOpensAt = event.registrationOpensAt();
        registrationClosesAt = event.registrationClosesAt();
        approvalRequired = event.approvalRequired();
        coOrganizers = event.coOrganizers();
        meetingTables = event.meetingTables();
        meetingSlotMinutes = event.meetingSlotMinutes();
    }

    @EventSourcingHandler
    void on(ActivityCancelledEvent event) {
        status = ActivityStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ActivityRegistrationAcceptedEvent event) {
        registrations.put(event.registrationId(), new Registration(event.organization(),
                personKey(event.organization(), event.attendeeName()), event.status(), null));
        codes.put(event.checkInCode(), event.registrationId());
    }

    @EventSourcingHandler
    void on(ActivityRegistrationWaitlistedEvent event) {
        registrations.put(event.registrationId(), new Registration(event.organization(),
                personKey(event.organization(), event.attendeeName()), RegistrationStatus.WAITING, null));
        codes.put(event.checkInCode(), event.registrationId());
    }

    @EventSourcingHandler
    void on(ActivityRegistrationPromotedEvent event) {
        registrations.computeIfPresent(event.registrationId(), (id, r) -> r.with(event.status()));
    }

    @EventSourcingHandler
    void on(ActivityRegistrationApprovedEvent event) {
        registrations.computeIfPresent(event.registrationId(), (id, r) -> r.with(RegistrationStatus.CONFIRMED));
    }

    @EventSourcingHandler
    void on(ActivityRegistrationRejectedEvent event) {
        registrations.computeIfPresent(event.registrationId(), (id, r) -> r.with(RegistrationStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(ActivityRegistrationCancelledEvent event) {
        registrations.computeIfPresent(event.registrationId(), (id, r) -> r.with(RegistrationStatus.CANCELLED));
    }

    @EventSourcingHandler
    void on(AttendeeCheckedInEvent event) {
        registrations.computeIfPresent(event.registrationId(), (id, r) ->
                new Registration(r.organization(), r.personKey(), r.status(), event.checkedInAt()));
    }

    @EventSourcingHandler
    void on(MeetingRequestedEvent event) {
        meetings.put(event.meetingId(), new Meeting(event.requester(), event.invitee(), MeetingStatus.REQUESTED, null));
    }

    @EventSourcingHandler
    void on(MeetingRequestAcceptedEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, m) -> m.with(MeetingStatus.ACCEPTED, m.slot()));
    }

    @EventSourcingHandler
    void on(MeetingRequestDeclinedEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, m) -> m.with(MeetingStatus.DECLINED, null));
    }

    @EventSourcingHandler
    void on(MeetingDroppedEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, m) -> m.with(MeetingStatus.DROPPED, null));
    }

    @EventSourcingHandler
    void on(MeetingScheduleBuiltEvent event) {
        meetings.replaceAll((id, m) -> m.with(m.status(), null));
        event.scheduled().forEach(s -> meetings.computeIfPresent(s.meetingId(), (id, m) -> m.with(m.status(), s.slot())));
    }
}
