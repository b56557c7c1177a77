package org.clusterhub.subsidy.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.PromotionOrganizationReplacedEvent;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.subsidy.command.SubsidyDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the funding programmes know of projects and clusters, learned from those contexts' events, and the policy that
 * makes tranches payable when a project meets their condition: approved (立项), a milestone reported complete,
 * acceptance passed (验收通过). It keeps the projects' facts and the grants to projects in its own collections, and
 * sends {@link RecordProjectConditionCommand} to the programme when a project meets a condition a grant waits for,
 * and when a grant is made (or revised) for a project that met it already.
 *
 * <p>One processor, one segment: project and programme events are handled one after the other, and each side reads
 * what the other wrote, so no condition falls between a grant and a project event stored at the same moment. The
 * command runs on a thread of its own (its own transaction, not the processor's) and the handler waits for it: a
 * failure propagates, the processor retries the event, and the command, which changes nothing when sent again, is
 * sent again. The command carries the triggering event's correlation id (provenance) and ClusterHub as its sender.
 * Replays rebuild the collections without sending anything.
 *
 * @see <a href="../../../../../../../../docs/decisions/014-funding-programmes-and-grants.md">ADR 014</a>
 */
@Component
@ProcessingGroup(SubsidyConditionProjection.PROCESSING_GROUP)
class SubsidyConditionProjection implements SubsidyDirectory, DisposableBean {

    static final String PROCESSING_GROUP = "subsidy-conditions";
    private static final Logger log = LoggerFactory.getLogger(SubsidyConditionProjection.class);
    private static final int MAX_PICK = 50;
    /** Axon's key for the root message of a chain of causes (MessageOriginProvider). */
    private static final String TRACE_ID = "traceId";

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "subsidy-conditions-sender");
        thread.setDaemon(true);
        return thread;
    });

    SubsidyConditionProjection(MongoTemplate mongo, @Lazy CommandGateway commands) {
        this.mongo = mongo;
        this.commands = commands;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }

    // ---- clusters --------------------------------------------------------------------------------------------------

    @EventHandler
    void on(ClusterRegisteredEvent event) {
        mongo.save(new SubsidyClusterDocument(event.clusterId().toString(), event.nameZh(), event.nameEn(),
                event.promotionOrganization() == null ? null : event.promotionOrganization().nameZh(),
                event.centerCities() == null || event.centerCities().isEmpty() ? null : event.centerCities().get(0)));
    }

    @EventHandler
    void on(PromotionOrganizationReplacedEvent event) {
        SubsidyClusterDocument known = mongo.findById(event.clusterId().toString(), SubsidyClusterDocument.class);
        if (known != null) {
            mongo.save(new SubsidyClusterDocument(known.id(), known.nameZh(), known.nameEn(),
                    event.promotionOrganization().nameZh(), known.centerCity()));
        }
    }

    // ---- projects' facts -------------------------------------------------------------------------------------------

    @EventHandler
    void on(ProjectDraftedEvent event) {
        SubsidyProjectDocument doc = new SubsidyProjectDocument();
        doc.id = event.projectId().toString();
        doc.title = event.title();
        doc.clusterId = event.clusterId().toString();
        doc.city = event.city();
        doc.leadOrganization = event.leadOrganization();
        doc.index();
        mongo.save(doc);
    }

    @EventHandler
    void on(ProjectOverviewRevisedEvent event) {
        change(event.projectId(), doc -> doc.title = event.title());
    }

    @EventHandler
    void on(ChangeRequestApprovedEvent event) {
        if (event.kind() == ChangeKind.LEAD_ORGANIZATION && event.proposal().leadOrganization() != null) {
            change(event.projectId(), doc -> doc.leadOrganization = event.proposal().leadOrganization().strip());
        }
    }

    @EventHandler
    void on(MilestoneAddedEvent event) {
        change(event.projectId(), doc -> {
            doc.milestones.removeIf(m -> m.id.equals(event.milestoneId()));
            SubsidyProjectDocument.Milestone milestone = new SubsidyProjectDocument.Milestone();
            milestone.id = event.milestoneId();
            milestone.title = event.title();
            doc.milestones.add(milestone);
        });
    }

    @EventHandler
    void on(MilestoneRevisedEvent event) {
        change(event.projectId(), doc -> {
            SubsidyProjectDocument.Milestone milestone = doc.milestone(event.milestoneId());
            if (milestone != null) {
                milestone.title = event.title();
            }
        });
    }

    @EventHandler
    void on(MilestoneRemovedEvent event) {
        change(event.projectId(), doc -> doc.milestones.removeIf(m -> m.id.equals(event.milestoneId())));
    }

    @EventHandler
    void on(ProjectEnteredLibraryEvent event) {
        change(event.projectId(), doc -> doc.libraryState = event.state());
    }

    @EventHandler
    void on(ProjectLibraryStateChangedEvent event) {
        change(event.projectId(), doc -> doc.libraryState = event.to());
    }

    // ---- conditions met by projects --------------------------------------------------------------------------------

    @EventHandler
    void on(ProjectApprovedEvent event, ReplayStatus replay) {
        change(event.projectId(), doc -> doc.approved = true);
        if (!replay.isReplay()) {
            tellGrantsOf(event.projectId(), TrancheCondition.PROJECT_APPROVED, null, null);
        }
    }

    @EventHandler
    void on(MilestoneProgressReportedEvent event, ReplayStatus replay) {
        if (!event.completed()) {
            return;
        }
        String[] title = new String[1];
        change(event.projectId(), doc -> {
            SubsidyProjectDocument.Milestone milestone = doc.milestone(event.milestoneId());
            if (milestone != null) {
                milestone.completed = true;
                title[0] = milestone.title;
            }
        });
        if (!replay.isReplay()) {
            tellGrantsOf(event.projectId(), TrancheCondition.MILESTONE_COMPLETED, event.milestoneId(), title[0]);
        }
    }

    @EventHandler
    void on(AcceptanceResultRecordedEvent event, ReplayStatus replay) {
        if (event.result() == AcceptanceResult.FAIL) {
            return;
        }
        change(event.projectId(), doc -> doc.accepted = true);
        if (!replay.isReplay()) {
            tellGrantsOf(event.projectId(), TrancheCondition.PROJECT_ACCEPTED, null, null);
        }
    }

    // ---- grants to projects ----------------------------------------------------------------------------------------

    @EventHandler
    void on(GrantAwardedEvent event, ReplayStatus replay) {
        if (event.recipientKind() != RecipientKind.PROJECT) {
            return;
        }
        mongo.save(new ProjectGrantDocument(event.grantId().toString(), event.programmeId().toString(),
                event.projectId().toString(), true));
        if (!replay.isReplay()) {
            tellOfConditionsMet(event.programmeId(), event.grantId(), event.projectId(), event.tranches());
        }
    }

    @EventHandler
    void on(GrantRevisedEvent event, ReplayStatus replay) {
        if (event.projectId() != null && !replay.isReplay()) {
            tellOfConditionsMet(event.programmeId(), event.grantId(), event.projectId(), event.unpaidTranches());
        }
    }

    @EventHandler
    void on(GrantWithdrawnEvent event) {
        if (event.projectId() != null) {
            mongo.save(new ProjectGrantDocument(event.grantId().toString(), event.programmeId().toString(),
                    event.projectId().toString(), false));
        }
    }

    /** A grant made (or re-planned) after its project met some of its tranches' conditions. */
    private void tellOfConditionsMet(FundingProgrammeId programmeId, GrantId grantId, ProjectId projectId,
                                     List<Tranche> tranches) {
        SubsidyProjectDocument project = mongo.findById(projectId.toString(), SubsidyProjectDocument.class);
        if (project == null) {
            return;
        }
        List<TrancheCondition> conditions = tranches.stream().map(Tranche::condition).toList();
        if (project.approved && conditions.contains(TrancheCondition.PROJECT_APPROVED)) {
            send(new RecordProjectConditionCommand(programmeId, grantId, TrancheCondition.PROJECT_APPROVED, null,
                    null));
        }
        if (project.accepted && conditions.contains(TrancheCondition.PROJECT_ACCEPTED)) {
            send(new RecordProjectConditionCommand(programmeId, grantId, TrancheCondition.PROJECT_ACCEPTED, null,
                    null));
        }
        tranches.stream().filter(t -> t.condition() == TrancheCondition.MILESTONE_COMPLETED)
                .map(Tranche::milestoneId).distinct()
                .map(project::milestone)
                .filter(m -> m != null && m.completed)
                .forEach(m -> send(new RecordProjectConditionCommand(programmeId, grantId,
                        TrancheCondition.MILESTONE_COMPLETED, m.id, m.title)));
    }

    private void tellGrantsOf(ProjectId projectId, TrancheCondition condition, String milestoneId, String evidence) {
        List<ProjectGrantDocument> grants = mongo.find(query(where("projectId").is(projectId.toString())),
                ProjectGrantDocument.class);
        for (ProjectGrantDocument grant : grants) {
            if (grant.active()) {
                send(new RecordProjectConditionCommand(FundingProgrammeId.of(grant.programmeId()),
                        GrantId.of(grant.id()), condition, milestoneId, evidence));
            }
        }
    }

    /**
     * Sends as ClusterHub, on the sender thread, and waits. The command names the project event that caused it
     * ({@code correlationId}, Axon's causation) and that event's root user action ({@code traceId}), so that the
     * tranche's events trace back to the person who reported the milestone or recorded the acceptance. A refusal by
     * the programme's rules (a grant that went away) is final and only logged; anything else fails the event, which
     * the processor retries.
     */
    private void send(RecordProjectConditionCommand command) {
        Map<String, Object> origin = new HashMap<>(ActorMetaData.of(Actor.SYSTEM));
        if (CurrentUnitOfWork.isStarted()) {
            Message<?> cause = CurrentUnitOfWork.get().getMessage();
            origin.put(MetaDataKeys.CORRELATION_ID, cause.getIdentifier());
            origin.put(TRACE_ID, cause.getMetaData().getOrDefault(TRACE_ID, cause.getIdentifier()));
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(origin);
        try {
            sender.submit(() -> commands.sendAndWait(message, 30, TimeUnit.SECONDS)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CommandExecutionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof DomainRuleViolation || cause instanceof AccessRefused) {
                log.warn("programme {} refused the condition {} of grant {}: {}", command.programmeId(),
                        command.condition(), command.grantId(), cause.getMessage());
                return;
            }
            throw new IllegalStateException("telling programme " + command.programmeId() + " failed", cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("telling programme " + command.programmeId() + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted telling programme " + command.programmeId(), e);
        }
    }

    /** Applies a change to a known project; events of projects drafted before this processor existed are replayed. */
    private void change(ProjectId projectId, java.util.function.Consumer<SubsidyProjectDocument> change) {
        SubsidyProjectDocument doc = mongo.findById(projectId.toString(), SubsidyProjectDocument.class);
        if (doc != null) {
            change.accept(doc);
            doc.index();
            mongo.save(doc);
        }
    }

    // ---- the directory and its queries -----------------------------------------------------------------------------

    @Override
    public Optional<SubsidyProject> project(ProjectId projectId) {
        return Optional.ofNullable(mongo.findById(projectId.toString(), SubsidyProjectDocument.class))
                .map(SubsidyProjectDocument::toView);
    }

    @Override
    public Optional<SubsidyCluster> cluster(ClusterId clusterId) {
        return Optional.ofNullable(mongo.findById(clusterId.toString(), SubsidyClusterDocument.class))
                .map(SubsidyClusterDocument::toView);
    }

    @QueryHandler
    Optional<SubsidyProject> handle(FindSubsidyProjectQuery query) {
        return project(query.projectId());
    }

    @QueryHandler
    SubsidyProjectList handle(FindSubsidyProjectsQuery q) {
        List<org.springframework.data.mongodb.core.query.Criteria> all = new ArrayList<>();
        all.add(where("libraryState").in(LibraryState.RESERVE, LibraryState.IMPLEMENTATION));
        if (q.text() != null && !q.text().isBlank()) {
            all.add(where("search").regex(Pattern.quote(q.text().strip().toLowerCase(Locale.ROOT))));
        }
        Query page = new Query(new org.springframework.data.mongodb.core.query.Criteria()
                .andOperator(all.toArray(org.springframework.data.mongodb.core.query.Criteria[]::new)))
                .with(Sort.by("title", "_id")).limit(Math.max(1, Math.min(q.limit(), MAX_PICK)));
        return new SubsidyProjectList(mongo.find(page, SubsidyProjectDocument.class).stream()
                .map(SubsidyProjectDocument::toView).toList());
    }
}
