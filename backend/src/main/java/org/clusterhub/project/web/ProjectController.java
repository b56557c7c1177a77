package org.clusterhub.project.web;

import java.time.LocalDate;
import org.clusterhub.project.api.FindProjectsAsOfQuery;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.AsOfDay;
import org.clusterhub.shared.Role;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.clusterhub.shared.AttachmentStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.CurrentActor;
import org.clusterhub.supervision.api.AggregateHistory;
import org.clusterhub.supervision.api.FindAggregateHistoryQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects and the project library over HTTP. Thin: requests become commands and queries; validation, role and
 * scope, and the lifecycle's rules are decided by the command pipeline and the {@code Project} aggregate, and
 * answered as RFC 9457 problems by the controller advice (400 with {@code invalidFields}, 403, 404, 409 with the
 * other person's change for an edit conflict). Every write answers the project's new version; edits send the version
 * of the part they change ({@code ProjectView.parts}) as {@code expectedVersion}.
 *
 * @see <a href="../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Public service and major projects, and the project library (大项目库)")
class ProjectController {

    private static final long TIMEOUT_SECONDS = 10;
    private static final int DEFAULT_PUBLICITY_DAYS = 5;
    /** Axon records the aggregate's simple class name as the type of each event it stores. */
    private static final String PROJECT = "Project";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentActor currentActor;
    private final AttachmentStore attachments;
    private final SecureRandom seeds = new SecureRandom();

    ProjectController(CommandGateway commands, QueryGateway queries, EventStore eventStore,
                      CurrentActor currentActor, AttachmentStore attachments) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentActor = currentActor;
        this.attachments = attachments;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "The project library within the caller's scope: filtered, sorted, paged, with totals (万元) "
            + "over every match")
    ProjectPage list(@RequestParam(required = false) UUID clusterId,
                     @RequestParam(required = false) ProjectKind kind,
                     @RequestParam(required = false) LibraryState libraryState,
                     @RequestParam(required = false) ProjectStatus status,
                     @Parameter(description = "the center city or a participant's city")
                     @RequestParam(required = false) City city,
                     @Parameter(description = "projects running in this year")
                     @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                     @Parameter(description = "approved budget (requested before approval), 万元, at least")
                     @RequestParam(required = false) BigDecimal minFunding,
                     @Parameter(description = "approved budget (requested before approval), 万元, at most")
                     @RequestParam(required = false) BigDecimal maxFunding,
                     @RequestParam(defaultValue = "false") boolean overdueOnly,
                     @Parameter(description = "in the title, person in charge or participants, ignoring case")
                     @RequestParam(required = false) String text,
                     @RequestParam(defaultValue = "LAST_CHANGED") ProjectSort sort,
                     @RequestParam(defaultValue = "true") boolean descending,
                     @Parameter(description = "0-based page number")
                     @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                     @Parameter(description = "page size, 1..100")
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                     @Parameter(description = "the library as it stood at the end of this day (Asia/Shanghai), "
                             + "rebuilt from the event store; supervisors only")
                     @RequestParam(required = false) LocalDate asOf) throws Exception {
        ProjectFilter filter = new ProjectFilter(clusterId == null ? null : new ClusterId(clusterId), kind,
                libraryState, status, city, year, minFunding, maxFunding, overdueOnly, text);
        Actor actor = currentActor.require();
        FindProjectsQuery query = new FindProjectsQuery(filter, ProjectScope.of(actor), sort, descending,
                page * size, size);
        if (asOf != null) {
            if (actor.role() != Role.SUPERVISOR) {
                throw new AccessRefused("FindProjectsAsOfQuery", actor.username());
            }
            return queries.query(new FindProjectsAsOfQuery(query, AsOfDay.endOf(asOf)),
                    ResponseTypes.instanceOf(ProjectPage.class)).get(TIMEOUT_SECONDS, SECONDS);
        }
        return queries.query(query, ResponseTypes.instanceOf(ProjectPage.class)).get(TIMEOUT_SECONDS, SECONDS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project as its editor shows it, with the version of each part")
    ProjectView get(@PathVariable UUID id) throws Exception {
        return readable(new ProjectId(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of one project, oldest first, with who acted; sealed fields masked")
    AggregateHistory history(@PathVariable UUID id) throws Exception {
        ProjectId projectId = readable(new ProjectId(id)).projectId();
        AggregateHistory history = queries.query(new FindAggregateHistoryQuery(projectId.toString()),
                ResponseTypes.instanceOf(AggregateHistory.class)).get(TIMEOUT_SECONDS, SECONDS);
        if (!PROJECT.equals(history.aggregateType())) {
            throw new AggregateNotFoundException(projectId.toString(), "project has no history");
        }
        return history;
    }

    // ---- drafting ------------------------------------------------------------------------------------------------

    @PostMapping
    @Operation(summary = "Draft a project for a cluster (its promotion staff); 201 with Location")
    ResponseEntity<ProjectCreatedResponse> draft(@RequestBody DraftProjectRequest request) throws Exception {
        ProjectId projectId = ProjectId.create();
        commands.sendAndWait(new DraftProjectCommand(projectId, request.clusterId(), request.kind(), request.title(),
                request.leadOrganization(), request.city(), request.personInCharge(), request.startYear(),
                request.endYear(), request.origin()), TIMEOUT_SECONDS, SECONDS);
        long version = versionOf(projectId);
        awaitReadModel(projectId, version);
        return ResponseEntity.created(URI.create("/api/projects/" + projectId))
                .body(new ProjectCreatedResponse(projectId, version));
    }

    @PutMapping("/{id}/overview")
    @Operation(summary = "Revise a draft's title, kind, person in charge and years (part 'overview')")
    ProjectVersionResponse reviseOverview(@PathVariable UUID id, @RequestBody ReviseOverviewRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReviseProjectOverviewCommand(projectId, request.kind(), request.title(),
                request.personInCharge(), request.startYear(), request.endYear(), request.expectedVersion())));
    }

    @PutMapping("/{id}/sections/{section}")
    @Operation(summary = "Rewrite the aims or the content (parts 'section:AIMS', 'section:CONTENT')")
    ProjectVersionResponse reviseSection(@PathVariable UUID id, @PathVariable ProjectSection section,
                                         @RequestBody ReviseSectionRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReviseProjectSectionCommand(projectId, section, request.text(),
                request.expectedVersion())));
    }

    @PostMapping("/{id}/participants")
    @Operation(summary = "Add a participating organization with the sections it may edit")
    ProjectVersionResponse addParticipant(@PathVariable UUID id, @RequestBody AddParticipantRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new AddParticipantCommand(projectId, request.organization(), request.city(),
                orEmpty(request.sections()))));
    }

    @PutMapping("/{id}/participants/{organization}/sections")
    @Operation(summary = "Change the sections a participating organization may edit")
    ProjectVersionResponse assignSections(@PathVariable UUID id, @PathVariable String organization,
                                          @RequestBody AssignSectionsRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new AssignSectionsCommand(projectId, organization,
                orEmpty(request.sections()), request.expectedVersion())));
    }

    @DeleteMapping("/{id}/participants/{organization}")
    @Operation(summary = "Remove a participating organization (not the lead); expectedVersion as a query parameter")
    ProjectVersionResponse removeParticipant(@PathVariable UUID id, @PathVariable String organization,
                                             @RequestParam(required = false) Long expectedVersion) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RemoveParticipantCommand(projectId, organization, expectedVersion)));
    }

    @PostMapping("/{id}/budget-lines")
    @Operation(summary = "Add a budget line (万元); 201 with the line's id")
    ResponseEntity<PartCreatedResponse> addBudgetLine(@PathVariable UUID id, @RequestBody BudgetLineRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        String lineId = newId();
        return created(lineId, send(projectId, new AddBudgetLineCommand(projectId, lineId, request.item(),
                request.source(), request.amount())));
    }

    @PutMapping("/{id}/budget-lines/{lineId}")
    @Operation(summary = "Revise a budget line (part 'budget:<lineId>')")
    ProjectVersionResponse reviseBudgetLine(@PathVariable UUID id, @PathVariable String lineId,
                                            @RequestBody BudgetLineRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReviseBudgetLineCommand(projectId, lineId, request.item(),
                request.source(), request.amount(), request.expectedVersion())));
    }

    @DeleteMapping("/{id}/budget-lines/{lineId}")
    @Operation(summary = "Remove a budget line (part 'budget:<lineId>')")
    ProjectVersionResponse removeBudgetLine(@PathVariable UUID id, @PathVariable String lineId,
                                            @RequestParam(required = false) Long expectedVersion) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RemoveBudgetLineCommand(projectId, lineId, expectedVersion)));
    }

    @PostMapping("/{id}/milestones")
    @Operation(summary = "Add a milestone; 201 with its id")
    ResponseEntity<PartCreatedResponse> addMilestone(@PathVariable UUID id, @RequestBody MilestoneRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        String milestoneId = newId();
        return created(milestoneId, send(projectId, new AddMilestoneCommand(projectId, milestoneId, request.title(),
                request.dueDate(), request.deliverable(), request.ownerOrganization())));
    }

    @PutMapping("/{id}/milestones/{milestoneId}")
    @Operation(summary = "Revise a milestone (part 'milestone:<milestoneId>')")
    ProjectVersionResponse reviseMilestone(@PathVariable UUID id, @PathVariable String milestoneId,
                                           @RequestBody MilestoneRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReviseMilestoneCommand(projectId, milestoneId, request.title(),
                request.dueDate(), request.deliverable(), request.ownerOrganization(), request.expectedVersion())));
    }

    @DeleteMapping("/{id}/milestones/{milestoneId}")
    @Operation(summary = "Remove a milestone (part 'milestone:<milestoneId>')")
    ProjectVersionResponse removeMilestone(@PathVariable UUID id, @PathVariable String milestoneId,
                                           @RequestParam(required = false) Long expectedVersion) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RemoveMilestoneCommand(projectId, milestoneId, expectedVersion)));
    }

    @PostMapping("/{id}/indicators")
    @Operation(summary = "Add a measurable indicator (KPI); 201 with its id")
    ResponseEntity<PartCreatedResponse> addIndicator(@PathVariable UUID id, @RequestBody IndicatorRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        String indicatorId = newId();
        return created(indicatorId, send(projectId, new AddIndicatorCommand(projectId, indicatorId, request.name(),
                request.unit(), request.targetValue())));
    }

    @PutMapping("/{id}/indicators/{indicatorId}")
    @Operation(summary = "Revise an indicator (part 'indicator:<indicatorId>')")
    ProjectVersionResponse reviseIndicator(@PathVariable UUID id, @PathVariable String indicatorId,
                                           @RequestBody IndicatorRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReviseIndicatorCommand(projectId, indicatorId, request.name(),
                request.unit(), request.targetValue(), request.expectedVersion())));
    }

    @DeleteMapping("/{id}/indicators/{indicatorId}")
    @Operation(summary = "Remove an indicator (part 'indicator:<indicatorId>')")
    ProjectVersionResponse removeIndicator(@PathVariable UUID id, @PathVariable String indicatorId,
                                           @RequestParam(required = false) Long expectedVersion) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RemoveIndicatorCommand(projectId, indicatorId, expectedVersion)));
    }

    // ---- application and review ------------------------------------------------------------------------------------

    // ---- documents ---------------------------------------------------------------------------------------------

    /**
     * The file is stored first (size and type checked, 400 if refused) and becomes the project's only through
     * {@code AttachProjectDocumentCommand}; if the command is refused the stored file is discarded again.
     */
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (multipart: file, category such as APPLICATION, CONTRACT, EVIDENCE)")
    ResponseEntity<ProjectVersionResponse> attachDocument(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                                                          @RequestParam("category") String category) throws Exception {
        ProjectId projectId = existing(id);
        AttachmentStore.StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.store(projectId.toString(), file.getOriginalFilename(), file.getContentType(),
                    content);
        }
        try {
            long version = send(projectId, new AttachProjectDocumentCommand(projectId, stored.attachmentId(),
                    category, stored.fileName(), stored.contentType(), stored.size(), stored.sha256()));
            return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/documents/"
                    + stored.attachmentId())).body(new ProjectVersionResponse(version));
        } catch (Exception | Error refused) {
            attachments.discard(stored.attachmentId());
            throw refused;
        }
    }

    @GetMapping("/{id}/documents/{attachmentId}")
    @Operation(summary = "Download one of the project's documents (those who may read the project)")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable String attachmentId)
            throws Exception {
        ProjectView project = readable(new ProjectId(id));
        // Only files the project's history attached: an id from elsewhere is not found here.
        AttachmentView attachment = project.attachments().stream()
                .filter(a -> a.attachmentId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new AggregateNotFoundException(attachmentId, "no such document"));
        AttachmentStore.FileContent content = attachments.open(attachmentId)
                .orElseThrow(() -> new AggregateNotFoundException(attachmentId, "document content missing"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.content()));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "申报: submit a complete draft for the center city's first review")
    ProjectVersionResponse submit(@PathVariable UUID id, @RequestBody(required = false) SubmitRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new SubmitProjectCommand(projectId,
                request == null ? null : request.expectedVersion())));
    }

    @PostMapping("/{id}/recommendation")
    @Operation(summary = "初审通过: the center city's coordinator recommends the project to the province")
    ProjectVersionResponse recommend(@PathVariable UUID id, @RequestBody RecommendRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RecommendProjectCommand(projectId, request.opinion())));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回修改: return for revision (the city at first review, or a supervisor at the decision)")
    ProjectVersionResponse returnForRevision(@PathVariable UUID id, @RequestBody ReturnRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReturnProjectCommand(projectId, request.comments())));
    }

    @PostMapping("/{id}/expert-panel")
    @Operation(summary = "Draw the expert panel at random from the pool, leaving out participants' experts "
            + "(supervisor); during the review, draws replacements up to the panel size")
    ProjectVersionResponse drawPanel(@PathVariable UUID id, @RequestBody DrawPanelRequest request) throws Exception {
        ProjectId projectId = existing(id);
        List<ScoringCriterion> criteria = request.criteria() == null || request.criteria().isEmpty()
                ? ScoringCriterion.standard() : request.criteria();
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        return version(send(projectId, new DrawExpertPanelCommand(projectId, request.pool(), request.panelSize(),
                criteria, request.dueDate(), seed)));
    }

    @PostMapping("/{id}/expert-declaration")
    @Operation(summary = "A drawn expert declares no conflict of interest, or a conflict (which recuses them)")
    ProjectVersionResponse declare(@PathVariable UUID id, @RequestBody DeclarationRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new DeclareConflictOfInterestCommand(projectId, request.conflicted(),
                request.note())));
    }

    @PostMapping("/{id}/expert-scores")
    @Operation(summary = "A drawn expert locks their scores; they stay sealed until every expert has locked")
    ProjectVersionResponse score(@PathVariable UUID id, @RequestBody ScoresRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new LockExpertScoresCommand(projectId, request.scores(), request.comment())));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "The provincial decision to approve: the project goes into publicity (公示), 5 working days "
            + "by default (supervisor)")
    ProjectVersionResponse approve(@PathVariable UUID id, @RequestBody ApproveRequest request) throws Exception {
        ProjectId projectId = existing(id);
        int days = request.publicityWorkingDays() == 0 ? DEFAULT_PUBLICITY_DAYS : request.publicityWorkingDays();
        return version(send(projectId, new ApproveProjectCommand(projectId, request.comments(), days,
                request.publicityStartsOn())));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "不予立项 (supervisor)")
    ProjectVersionResponse reject(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RejectProjectCommand(projectId, request.reason())));
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Raise an objection during publicity, with a real name and organization; 201 with its id")
    ResponseEntity<PartCreatedResponse> raiseObjection(@PathVariable UUID id, @RequestBody ObjectionRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        String objectionId = newId();
        return created(objectionId, send(projectId, new RaiseObjectionCommand(projectId, objectionId,
                request.realName(), request.organization(), request.text())));
    }

    @PostMapping("/{id}/objections/{objectionId}/answer")
    @Operation(summary = "Answer an objection (the cluster's promotion staff or a supervisor)")
    ProjectVersionResponse answerObjection(@PathVariable UUID id, @PathVariable String objectionId,
                                           @RequestBody AnswerRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new AnswerObjectionCommand(projectId, objectionId, request.answer())));
    }

    @PostMapping("/{id}/approval-confirmation")
    @Operation(summary = "立项: after publicity, with every objection answered, the project enters the library "
            + "(supervisor)")
    ProjectVersionResponse confirmApproval(@PathVariable UUID id, @RequestBody ConfirmApprovalRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ConfirmApprovalCommand(projectId, request.libraryState())));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "The owner withdraws the project before approval")
    ProjectVersionResponse withdraw(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new WithdrawProjectCommand(projectId, request.reason())));
    }

    // ---- implementation ------------------------------------------------------------------------------------------

    @PostMapping("/{id}/milestones/{milestoneId}/progress")
    @Operation(summary = "Report progress on a milestone with evidence; 100 percent completes it")
    ProjectVersionResponse reportProgress(@PathVariable UUID id, @PathVariable String milestoneId,
                                          @RequestBody ProgressRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ReportMilestoneProgressCommand(projectId, milestoneId,
                request.percentComplete(), request.note(), orEmpty(request.evidence()))));
    }

    @PostMapping("/{id}/expenditures")
    @Operation(summary = "Record money spent on an approved budget line (never beyond its approved amount)")
    ProjectVersionResponse recordExpenditure(@PathVariable UUID id, @RequestBody ExpenditureRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RecordExpenditureCommand(projectId, request.lineId(), request.amount(),
                request.note())));
    }

    @PostMapping("/{id}/change-requests")
    @Operation(summary = "Ask the province to change the approved project; 201 with the request's id")
    ResponseEntity<PartCreatedResponse> requestChange(@PathVariable UUID id, @RequestBody ChangeRequestRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        String changeRequestId = newId();
        return created(changeRequestId, send(projectId, new RequestChangeCommand(projectId, changeRequestId,
                request.kind(), request.reason(), request.proposal())));
    }

    @PostMapping("/{id}/change-requests/{changeRequestId}/decision")
    @Operation(summary = "Approve or reject a change request (supervisor)")
    ProjectVersionResponse decideChange(@PathVariable UUID id, @PathVariable String changeRequestId,
                                        @RequestBody DecisionRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new DecideChangeRequestCommand(projectId, changeRequestId, request.approve(),
                request.comment())));
    }

    @PostMapping("/{id}/midterm-evaluation")
    @Operation(summary = "中期评估: ask for a self-evaluation by a date (supervisor)")
    ProjectVersionResponse startMidterm(@PathVariable UUID id, @RequestBody StartMidtermRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new StartMidtermEvaluationCommand(projectId, request.selfEvaluationDue())));
    }

    @PostMapping("/{id}/self-evaluations")
    @Operation(summary = "Submit the mid-term self-evaluation or the performance self-assessment (绩效自评)")
    ProjectVersionResponse submitSelfEvaluation(@PathVariable UUID id, @RequestBody SelfEvaluationRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new SubmitSelfEvaluationCommand(projectId, request.stage(), request.grade(),
                request.summary())));
    }

    @PostMapping("/{id}/midterm-evaluation/result")
    @Operation(summary = "Record the province's mid-term evaluation (supervisor)")
    ProjectVersionResponse recordMidterm(@PathVariable UUID id, @RequestBody MidtermResultRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RecordMidtermEvaluationCommand(projectId, request.grade(),
                request.comments(), request.onSiteCheck(), request.onSiteFindings())));
    }

    @PostMapping("/{id}/acceptance-application")
    @Operation(summary = "验收申请: apply for acceptance (the cluster's promotion staff)")
    ProjectVersionResponse applyForAcceptance(@PathVariable UUID id,
                                              @RequestBody AcceptanceApplicationRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RequestAcceptanceCommand(projectId, request.summary())));
    }

    @PostMapping("/{id}/acceptance-result")
    @Operation(summary = "验收: pass, pass with conditions, or fail (supervisor)")
    ProjectVersionResponse recordAcceptance(@PathVariable UUID id, @RequestBody AcceptanceResultRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new RecordAcceptanceResultCommand(projectId, request.result(),
                request.comments())));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "结项 with the province's performance grade (supervisor)")
    ProjectVersionResponse close(@PathVariable UUID id, @RequestBody CloseRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new CloseProjectCommand(projectId, request.grade(), request.comments())));
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "Suspend the project and pause, reduce or recover its funding (supervisor)")
    ProjectVersionResponse suspend(@PathVariable UUID id, @RequestBody FundingDecisionRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new SuspendProjectCommand(projectId, request.reason(),
                request.fundingAction(), request.fundingAmount())));
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "Resume a suspended project (supervisor)")
    ProjectVersionResponse resume(@PathVariable UUID id, @RequestBody ReasonRequest request) throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new ResumeProjectCommand(projectId, request.reason())));
    }

    @PostMapping("/{id}/termination")
    @Operation(summary = "Terminate the project (supervisor); it leaves the library")
    ProjectVersionResponse terminate(@PathVariable UUID id, @RequestBody FundingDecisionRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new TerminateProjectCommand(projectId, request.reason(),
                request.fundingAction(), request.fundingAmount())));
    }

    // ---- the project library ---------------------------------------------------------------------------------------

    @PostMapping("/{id}/library")
    @Operation(summary = "增补: add a reviewed project to the library outside the approval path (supervisor)")
    ProjectVersionResponse addToLibrary(@PathVariable UUID id, @RequestBody LibraryEntryRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new AddProjectToLibraryCommand(projectId, request.state(),
                request.reason())));
    }

    @PostMapping("/{id}/library/move")
    @Operation(summary = "Move a project between reserve (储备) and implementation (实施), or out (退出) (supervisor)")
    ProjectVersionResponse moveInLibrary(@PathVariable UUID id, @RequestBody LibraryMoveRequest request)
            throws Exception {
        ProjectId projectId = existing(id);
        return version(send(projectId, new MoveProjectInLibraryCommand(projectId, request.to(), request.reason())));
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    /**
     * Sends a change and answers the version it produced, read from the event store (a command may append several
     * events, and the read model may not have them all yet); then waits briefly for the read model, so that a
     * following GET shows the change.
     */
    private long send(ProjectId projectId, Object command) throws Exception {
        commands.sendAndWait(command, TIMEOUT_SECONDS, SECONDS);
        long version = versionOf(projectId);
        awaitReadModel(projectId, version);
        return version;
    }

    private long versionOf(ProjectId projectId) {
        return eventStore.lastSequenceNumberFor(projectId.toString())
                .orElseThrow(() -> new AggregateNotFoundException(projectId.toString(), "project not found"));
    }

    private void awaitReadModel(ProjectId projectId, long version) throws Exception {
        queries.query(new FindProjectQuery(projectId, version), ResponseTypes.optionalInstanceOf(ProjectView.class))
                .get(TIMEOUT_SECONDS, SECONDS);
    }

    /**
     * Only projects take project commands. Axon loads an aggregate by id alone and refuses another kind's stream only
     * while loading it, as an internal error; here such an id, or an unknown one, is a plain 404.
     */
    private ProjectId existing(UUID id) throws Exception {
        return find(new ProjectId(id)).projectId();
    }

    private ProjectView readable(ProjectId projectId) throws Exception {
        ProjectView project = find(projectId);
        Actor actor = currentActor.require();
        if (!project.readableBy(actor)) {
            throw new AccessRefused("FindProjectQuery", actor.username());
        }
        return project;
    }

    private ProjectView find(ProjectId projectId) throws Exception {
        Optional<ProjectView> project = queries.query(new FindProjectQuery(projectId),
                ResponseTypes.optionalInstanceOf(ProjectView.class)).get(TIMEOUT_SECONDS, SECONDS);
        return project.orElseThrow(() -> new AggregateNotFoundException(projectId.toString(), "project not found"));
    }

    private static ProjectVersionResponse version(long version) {
        return new ProjectVersionResponse(version);
    }

    private static ResponseEntity<PartCreatedResponse> created(String partId, long version) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new PartCreatedResponse(partId, version));
    }

    /** Ids of budget lines, milestones, indicators, objections and change requests: unique, and short enough. */
    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
