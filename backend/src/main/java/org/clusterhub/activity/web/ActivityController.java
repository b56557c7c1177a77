package org.clusterhub.activity.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.activity.api.*;
import org.clusterhub.activity.export.ActivityCalendar;
import org.clusterhub.activity.export.CheckInQrCode;
import org.clusterhub.activity.export.FiguresWorkbook;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cluster activities over HTTP. Thin: requests become commands and queries; validation, authorization and rule
 * violations become problem responses (RFC 9457) in the shared controller advice. Reads are scoped by
 * {@link ActivityReadAccess}; writes by the command interceptor and the aggregate (ADR 003, 005, 010).
 */
@RestController
@RequestMapping("/api/activities")
@Tag(name = "Activities", description = "Cluster activities (活动): matchmaking, training, exhibitions")
class ActivityController {

    private static final long TIMEOUT_SECONDS = 15;
    private static final int MAX_PAGE_SIZE = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ActivityController(CommandGateway commands, QueryGateway queries, CurrentActor currentActor,
                       MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    // ---- activities -------------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "List activities starting in [from, to), filtered by city, cluster, kind and text, by start")
    ActivityPage list(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                      @RequestParam(required = false) City city, @RequestParam(required = false) UUID cluster,
                      @RequestParam(required = false) ActivityKind kind,
                      @RequestParam(required = false) String text,
                      @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "page size, 1..200") @RequestParam(defaultValue = "20") int size)
            throws Exception {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        return queries.query(new FindActivitiesQuery(filter(from, to, city, cluster, kind, text), page * size, size),
                ResponseTypes.instanceOf(ActivityPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping(value = "/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The activities the filter selects as an iCalendar file (RFC 5545), at most 2,000")
    ResponseEntity<byte[]> calendar(@RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(required = false) City city,
                                    @RequestParam(required = false) UUID cluster,
                                    @RequestParam(required = false) ActivityKind kind) throws Exception {
        ActivityPage page = queries.query(new FindActivitiesQuery(filter(from, to, city, cluster, kind, null), 0,
                2000), ResponseTypes.instanceOf(ActivityPage.class)).get(TIMEOUT_SECONDS, SECONDS);
        Locale locale = LocaleContextHolder.getLocale();
        String ics = ActivityCalendar.write(page.items(), Instant.now(),
                a -> "[" + text("activity.kind." + a.kind(), locale) + "] " + a.title(),
                a -> text("city." + a.city(), locale) + (a.online() ? " · " + text("activity.online", locale)
                        : a.venue() == null ? "" : " · " + a.venue()),
                a -> "/activities/" + a.activityId());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clusterhub-activities.ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/figures")
    @Operation(summary = "Follow-up figures of activities that have started: attendance, meetings, outcomes")
    ActivityFigures figures(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                            @RequestParam(required = false) City city, @RequestParam(required = false) UUID cluster,
                            @RequestParam(required = false) ActivityKind kind,
                            @RequestParam(defaultValue = "ACTIVITY") FigureGrouping grouping) throws Exception {
        return queries.query(new FindActivityFiguresQuery(filter(from, to, city, cluster, kind, null), grouping),
                ResponseTypes.instanceOf(ActivityFigures.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping(value = "/figures.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The follow-up figures as an Excel workbook, in the request's language")
    ResponseEntity<byte[]> figuresWorkbook(@RequestParam(required = false) Instant from,
                                           @RequestParam(required = false) Instant to,
                                           @RequestParam(required = false) City city,
                                           @RequestParam(required = false) UUID cluster,
                                           @RequestParam(required = false) ActivityKind kind,
                                           @RequestParam(defaultValue = "ACTIVITY") FigureGrouping grouping)
            throws Exception {
        ActivityFigures figures = figures(from, to, city, cluster, kind, grouping);
        Locale locale = LocaleContextHolder.getLocale();
        if (grouping == FigureGrouping.CITY) {
            figures = new ActivityFigures(figures.rows().stream().map(r -> new FigureRow(r.key(),
                    text("city." + r.key(), Locale.SIMPLIFIED_CHINESE), text("city." + r.key(), Locale.ENGLISH),
                    r.activities(), r.confirmed(), r.checkedIn(), r.attendanceRate(), r.meetingsRequested(),
                    r.meetingsAccepted(), r.meetingsHeld(), r.intentions(), r.contracts(), r.contractValue()))
                    .toList(), figures.total());
        }
        List<String> headers = List.of("group", "activities", "confirmed", "checkedIn", "attendance",
                        "meetingsRequested", "meetingsAccepted", "meetingsHeld", "intentions", "contracts",
                        "contractValue", "total").stream()
                .map(key -> text("activity.figures.column." + key, locale)).toList();
        byte[] workbook = FiguresWorkbook.write(figures, headers, "en".equals(locale.getLanguage()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activity-figures.xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity with its registration counts")
    ActivityView get(@PathVariable UUID id) throws Exception {
        return visible(new ActivityId(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of one activity, oldest first (check-in codes and contacts masked)")
    AggregateHistory history(@PathVariable UUID id) throws Exception {
        ActivityView activity = visible(new ActivityId(id));
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(activity.activityId().toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!"Activity".equals(history.aggregateType())) {
            throw new AggregateNotFoundException(id.toString(), "activity has no history");
        }
        return history;
    }

    @PostMapping
    @Operation(summary = "Plan an activity of a cluster (its promotion staff or a supervisor)")
    ResponseEntity<ActivityCreatedResponse> plan(@RequestBody PlanActivityRequest r) throws Exception {
        ActivityId activityId = ActivityId.create();
        commands.sendAndWait(new PlanActivityCommand(activityId, r.clusterId(), r.kind(), r.title(), r.description(),
                r.city(), r.venue(), r.online(), r.startsAt(), r.endsAt(), r.capacity(), r.registrationOpensAt(),
                r.registrationClosesAt(), r.approvalRequired(), r.coOrganizers() == null ? List.of()
                : r.coOrganizers(), r.meetingTables(), r.meetingSlotMinutes(), r.projectId()),
                TIMEOUT_SECONDS, SECONDS);
        find(new FindActivityQuery(activityId, 0));
        return ResponseEntity.created(URI.create("/api/activities/" + activityId))
                .body(new ActivityCreatedResponse(activityId));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an activity's details; registrants are told when time or place changed")
    ActivityView revise(@PathVariable UUID id, @RequestBody ReviseActivityRequest r) throws Exception {
        ActivityView before = visible(new ActivityId(id));
        send(new ReviseActivityCommand(before.activityId(), r.title(), r.description(), r.city(), r.venue(),
                r.online(), r.startsAt(), r.endsAt(), r.capacity(), r.registrationOpensAt(),
                r.registrationClosesAt(), r.approvalRequired(), r.coOrganizers() == null ? List.of()
                : r.coOrganizers(), r.meetingTables(), r.meetingSlotMinutes()));
        return find(new FindActivityQuery(before.activityId(), before.version() + 1));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Open a planned activity to members")
    ActivityView publish(@PathVariable UUID id) throws Exception {
        ActivityView before = visible(new ActivityId(id));
        send(new PublishActivityCommand(before.activityId()));
        return find(new FindActivityQuery(before.activityId(), before.version() + 1));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an activity with a reason; every registrant is told")
    ActivityView cancel(@PathVariable UUID id, @RequestBody CancelRequest r) throws Exception {
        ActivityView before = visible(new ActivityId(id));
        send(new CancelActivityCommand(before.activityId(), r.reason()));
        return find(new FindActivityQuery(before.activityId(), before.version() + 1));
    }

    // ---- registrations ----------------------------------------------------------------------------------------

    @GetMapping("/{id}/registrations")
    @Operation(summary = "Registrations in registration order: all for organizers, a member's organization's own")
    RegistrationPage registrations(@PathVariable UUID id, @RequestParam(required = false) RegistrationStatus status,
                                   @RequestParam(required = false) String text,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) throws Exception {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        ActivityView activity = visible(new ActivityId(id));
        String organization = ActivityReadAccess.registrationScope(currentActor.require(), activity);
        return queries.query(new FindActivityRegistrationsQuery(activity.activityId(), organization, status, text,
                page * size, size), ResponseTypes.instanceOf(RegistrationPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @PostMapping("/{id}/registrations")
    @Operation(summary = "Register a person; beyond capacity the registration waits for a seat")
    ResponseEntity<RegistrationView> register(@PathVariable UUID id, @RequestBody RegisterRequest r)
            throws Exception {
        Actor actor = currentActor.require();
        ActivityView activity = visible(new ActivityId(id));
        boolean member = actor.role() == Role.MEMBER;
        String organization = r.organization() == null && member ? actor.organization() : r.organization();
        City city = r.organizationCity() == null && member ? actor.city() : r.organizationCity();
        RegistrationId registrationId = RegistrationId.create();
        send(new RegisterForActivityCommand(activity.activityId(), registrationId, organization, city,
                r.attendeeName(), r.attendeeContact()));
        RegistrationView view = registration(registrationId, 0);
        return ResponseEntity.created(URI.create("/api/activities/" + id + "/registrations/" + registrationId))
                .body(view);
    }

    @GetMapping("/{id}/registrations/{registrationId}")
    @Operation(summary = "One registration with its check-in code (organizers and the registrant's organization)")
    RegistrationView registration(@PathVariable UUID id, @PathVariable UUID registrationId) throws Exception {
        return ownRegistration(id, registrationId);
    }

    @GetMapping(value = "/{id}/registrations/{registrationId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The registration's check-in code as a QR code (PNG, 320 px by default)")
    ResponseEntity<byte[]> qrCode(@PathVariable UUID id, @PathVariable UUID registrationId,
                                  @RequestParam(defaultValue = "320") int size) throws Exception {
        if (size < 100 || size > 1200) {
            throw new IllegalArgumentException("size must be 100..1200");
        }
        RegistrationView registration = ownRegistration(id, registrationId);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("check-in-" + registration.checkInCode() + ".png").build().toString())
                .body(CheckInQrCode.png(registration.checkInCode(), size));
    }

    @PostMapping("/{id}/registrations/{registrationId}/approve")
    @Operation(summary = "Approve a pending registration (organizers)")
    RegistrationView approve(@PathVariable UUID id, @PathVariable UUID registrationId) throws Exception {
        return afterRegistrationCommand(id, registrationId,
                new ApproveActivityRegistrationCommand(new ActivityId(id), new RegistrationId(registrationId)));
    }

    @PostMapping("/{id}/registrations/{registrationId}/reject")
    @Operation(summary = "Reject a pending registration with a reason (organizers)")
    RegistrationView reject(@PathVariable UUID id, @PathVariable UUID registrationId, @RequestBody RejectRequest r)
            throws Exception {
        return afterRegistrationCommand(id, registrationId, new RejectActivityRegistrationCommand(new ActivityId(id),
                new RegistrationId(registrationId), r.reason()));
    }

    @PostMapping("/{id}/registrations/{registrationId}/cancel")
    @Operation(summary = "Withdraw a registration (the registrant's organization or organizers)")
    RegistrationView cancelRegistration(@PathVariable UUID id, @PathVariable UUID registrationId) throws Exception {
        return afterRegistrationCommand(id, registrationId, new CancelActivityRegistrationCommand(new ActivityId(id),
                new RegistrationId(registrationId)));
    }

    @PostMapping("/{id}/check-ins")
    @Operation(summary = "Check a registrant in by the code on their registration (organizers, at the door)")
    RegistrationView checkIn(@PathVariable UUID id, @RequestBody CheckInRequest r) throws Exception {
        ActivityView activity = visible(new ActivityId(id));
        RegistrationId checkedIn = commands.sendAndWait(new CheckInAttendeeCommand(activity.activityId(),
                r.code() == null ? "" : r.code()), TIMEOUT_SECONDS, SECONDS);
        return ReadWait.registrationCheckedIn(() -> registration(checkedIn, 0));
    }

    @GetMapping("/registrations/mine")
    @Operation(summary = "The signed-in member's organization's registrations, newest first")
    RegistrationPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size)
            throws Exception {
        Actor actor = currentActor.require();
        if (actor.organization() == null || page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        return queries.query(new FindOrganizationRegistrationsQuery(actor.organization(), page * size, size),
                ResponseTypes.instanceOf(RegistrationPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/notices")
    @Operation(summary = "Notices for the signed-in person's organization: changes, cancellations, seats, decisions")
    NoticePage notices(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size)
            throws Exception {
        Actor actor = currentActor.require();
        if (actor.organization() == null || page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        return queries.query(new FindActivityNoticesQuery(actor.organization(), page * size, size),
                ResponseTypes.instanceOf(NoticePage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    // ---- matchmaking ------------------------------------------------------------------------------------------

    @PutMapping("/{id}/registrations/{registrationId}/profile")
    @Operation(summary = "Post what a registrant offers and seeks (matchmaking activities)")
    MatchmakingProfileView postProfile(@PathVariable UUID id, @PathVariable UUID registrationId,
                                       @RequestBody ProfileRequest r) throws Exception {
        ActivityId activityId = visible(new ActivityId(id)).activityId();
        send(new PostMatchmakingProfileCommand(activityId, new RegistrationId(registrationId),
                r.offers() == null ? List.of() : r.offers(), r.seeks() == null ? List.of() : r.seeks(),
                r.tags() == null ? java.util.Set.of() : r.tags(), r.chainPosition(), r.area(), r.homeCluster()));
        return ReadWait.until(() -> queries.query(new FindMatchmakingProfileQuery(activityId,
                        new RegistrationId(registrationId)),
                ResponseTypes.optionalInstanceOf(MatchmakingProfileView.class)).get(TIMEOUT_SECONDS, SECONDS),
                p -> p.offers().equals(r.offers() == null ? List.of() : r.offers().stream().map(String::strip)
                        .toList()));
    }

    @GetMapping("/{id}/registrations/{registrationId}/suggestions")
    @Operation(summary = "Suggested partners, best first, each with the reasons and points behind its score")
    PartnerSuggestions suggestions(@PathVariable UUID id, @PathVariable UUID registrationId,
                                   @RequestParam(defaultValue = "10") int limit) throws Exception {
        ownRegistration(id, registrationId);
        return queries.query(new FindPartnerSuggestionsQuery(new ActivityId(id), new RegistrationId(registrationId),
                Math.min(Math.max(limit, 1), 50)), ResponseTypes.instanceOf(PartnerSuggestions.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "Meetings in grid order: all for organizers; with registration, that registrant's")
    MeetingList meetings(@PathVariable UUID id, @RequestParam(required = false) UUID registration) throws Exception {
        ActivityView activity = visible(new ActivityId(id));
        if (registration == null && !ActivityReadAccess.isOrganizer(currentActor.require(), activity)) {
            throw new AccessRefused("FindMeetingsQuery", currentActor.require().username());
        }
        if (registration != null) {
            ownRegistration(id, registration);
        }
        return queries.query(new FindMeetingsQuery(activity.activityId(),
                registration == null ? null : new RegistrationId(registration)),
                ResponseTypes.instanceOf(MeetingList.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Ask another registrant for a 1:1 meeting")
    ResponseEntity<MeetingCreatedResponse> requestMeeting(@PathVariable UUID id, @RequestBody MeetingRequestRequest r)
            throws Exception {
        MeetingId meetingId = MeetingId.create();
        send(new RequestMeetingCommand(visible(new ActivityId(id)).activityId(), meetingId, r.requester(),
                r.invitee(), r.message()));
        return ResponseEntity.created(URI.create("/api/activities/" + id + "/meetings/" + meetingId))
                .body(new MeetingCreatedResponse(meetingId));
    }

    @PostMapping("/{id}/meetings/{meetingId}/accept")
    @Operation(summary = "The invitee accepts a meeting request")
    void accept(@PathVariable UUID id, @PathVariable UUID meetingId) throws Exception {
        send(new RespondToMeetingRequestCommand(visible(new ActivityId(id)).activityId(), new MeetingId(meetingId),
                true));
    }

    @PostMapping("/{id}/meetings/{meetingId}/decline")
    @Operation(summary = "The invitee declines a meeting request")
    void decline(@PathVariable UUID id, @PathVariable UUID meetingId) throws Exception {
        send(new RespondToMeetingRequestCommand(visible(new ActivityId(id)).activityId(), new MeetingId(meetingId),
                false));
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "Build the meeting grid from accepted meetings, without double booking (organizers)")
    MeetingList buildSchedule(@PathVariable UUID id) throws Exception {
        ActivityView activity = visible(new ActivityId(id));
        send(new BuildMeetingScheduleCommand(activity.activityId()));
        return ReadWait.until(() -> Optional.of(queries.query(new FindMeetingsQuery(activity.activityId(), null),
                        ResponseTypes.instanceOf(MeetingList.class)).get(TIMEOUT_SECONDS, SECONDS)),
                list -> list.items().stream().noneMatch(m -> m.status() == MeetingStatus.ACCEPTED
                        && m.slot() == null) || list.items().stream().anyMatch(m -> m.slot() != null));
    }

    @PostMapping("/{id}/meetings/{meetingId}/outcomes")
    @Operation(summary = "One side records what came of a meeting (intention, contract and its value)")
    void recordOutcome(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestBody OutcomeRequest r)
            throws Exception {
        send(new RecordMeetingOutcomeCommand(visible(new ActivityId(id)).activityId(), new MeetingId(meetingId),
                r.side(), r.outcome(), r.contractValue(), r.note()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private ActivityFilter filter(Instant from, Instant to, City city, UUID cluster, ActivityKind kind, String text) {
        Actor actor = currentActor.require();
        return new ActivityFilter(from, to, city, cluster == null ? null : new ClusterId(cluster), kind, text,
                actor.isSupervisor(), actor.role() == Role.PROMOTION_STAFF ? actor.clusterIds() : java.util.Set.of());
    }

    private void send(Object command) {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
    }

    private RegistrationView afterRegistrationCommand(UUID id, UUID registrationId, Object command)
            throws Exception {
        RegistrationView before = ownRegistration(id, registrationId);
        send(command);
        return ReadWait.until(() -> Optional.of(registration(before.registrationId(), 0)),
                after -> after.status() != before.status());
    }

    private RegistrationView ownRegistration(UUID id, UUID registrationId) throws Exception {
        ActivityView activity = visible(new ActivityId(id));
        RegistrationView registration = registration(new RegistrationId(registrationId), -1);
        if (!registration.activityId().equals(activity.activityId())) {
            throw new AggregateNotFoundException(registrationId.toString(), "registration not found");
        }
        String scope = ActivityReadAccess.registrationScope(currentActor.require(), activity);
        if (scope != null && !scope.equals(registration.organization())) {
            throw new AccessRefused("FindRegistrationQuery", currentActor.require().username());
        }
        return registration;
    }

    private RegistrationView registration(RegistrationId registrationId, long atLeast) throws Exception {
        return queries.query(new FindRegistrationQuery(registrationId, atLeast),
                        ResponseTypes.optionalInstanceOf(RegistrationView.class)).get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(registrationId.toString(),
                        "registration not found"));
    }

    private ActivityView visible(ActivityId activityId) throws Exception {
        ActivityView activity = find(new FindActivityQuery(activityId));
        if (!ActivityReadAccess.canSee(currentActor.require(), activity)) {
            // Planned activities are not public: answer as if there were none.
            throw new AggregateNotFoundException(activityId.toString(), "activity not found");
        }
        return activity;
    }

    private ActivityView find(FindActivityQuery query) throws Exception {
        return queries.query(query, ResponseTypes.optionalInstanceOf(ActivityView.class))
                .get(TIMEOUT_SECONDS, SECONDS)
                .orElseThrow(() -> new AggregateNotFoundException(query.activityId().toString(),
                        "activity not found"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
