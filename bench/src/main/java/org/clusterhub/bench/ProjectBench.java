package org.clusterhub.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.EditConflict;
import org.clusterhub.shared.Role;

/**
 * The project library at size: {@code projects} projects of about 50 events each are appended to the event store
 * in batches (a realistic mix of drafts, projects under review and projects in progress), the projections rebuild
 * from them, and then: the library's first page with a filter, the editor's load of one project, and one project
 * edited by 20 simulated people at once (conflicts counted, nothing lost).
 */
final class ProjectBench {

    static final double TARGET_LIBRARY_P99_MS = 100;
    static final double TARGET_EDITOR_P99_MS = 300;
    private static final City[] CITIES = City.values();
    private static final ProjectKind[] KINDS = ProjectKind.values();
    private static final FundingSource[] SOURCES = FundingSource.values();

    record Result(String store, int projects, long events, double appendSeconds, double projectionSeconds,
                  Stats library, Stats editor, Stats edits, long editsOk, long conflicts, long reapplied,
                  long raceRetries, long editEventsInStore, boolean nothingLost, double editSeconds, int editors) {
    }

    private ProjectBench() {
    }

    static Result run(Databases databases, String storeKind, int projects, int editors, Duration editDuration)
            throws Exception {
        Databases.Store store = databases.fresh(storeKind, "projects");
        // The embedded default keeps read models in mongo-java-server's H2 backend, as a plain start does.
        Node.EXTRA_PROPERTIES = append(Node.EXTRA_PROPERTIES, "clusterhub.embedded-mongo.persistent=true");
        try (Node node = Node.start("projects", store, null, Duration.ofMillis(100))) {
            EventStore events = node.context.getBean(EventStore.class);
            QueryGateway queries = node.context.getBean(QueryGateway.class);
            List<ClusterId> clusters = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                clusters.add(ClusterId.forPlanCode("bench-projects-" + i));
            }
            List<ProjectId> ids = new ArrayList<>();
            List<ProjectId> drafts = new ArrayList<>();
            long appended = 0;
            long start = System.nanoTime();
            for (int i = 0; i < projects; i++) {
                ProjectId id = ProjectId.create();
                ids.add(id);
                List<Object> history = history(id, clusters.get(i % clusters.size()), i);
                if (i % 5 == 0) {
                    drafts.add(id);
                }
                List<DomainEventMessage<?>> batch = new ArrayList<>(history.size());
                Actor staff = staff(clusters.get(i % clusters.size()));
                MetaData meta = ActorMetaData.of(staff).and("correlationId", UUID.randomUUID().toString());
                for (int seq = 0; seq < history.size(); seq++) {
                    batch.add(new GenericDomainEventMessage<>("Project", id.toString(), seq, history.get(seq), meta));
                }
                events.publish(batch);
                appended += batch.size();
                if (i % 1000 == 999) {
                    System.out.printf("  appended %,d projects (%,d events)%n", i + 1, appended);
                }
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            long projectionStart = System.nanoTime();
            long lastReport = System.nanoTime();
            while (node.processorLag("project-catalog") != 0 || node.processorLag("project-work-queue") != 0) {
                Thread.sleep(200);
                if (System.nanoTime() - lastReport > 30_000_000_000L) {
                    lastReport = System.nanoTime();
                    System.out.printf("  projections behind: catalog %,d, work queue %,d events%n",
                            node.processorLag("project-catalog"), node.processorLag("project-work-queue"));
                }
            }
            double projectionSeconds = (System.nanoTime() - projectionStart) / 1e9;

            Stats library = new Stats();
            ProjectScope everything = ProjectScope.of(supervisor());
            ProjectStatus[] statuses = {ProjectStatus.DRAFT, ProjectStatus.IN_PROGRESS, ProjectStatus.SUBMITTED, null};
            for (int i = 0; i < 230; i++) {
                ClusterId cluster = clusters.get(ThreadLocalRandom.current().nextInt(clusters.size()));
                ProjectFilter filter = switch (i % 4) {
                    case 0 -> new ProjectFilter(cluster, null, null, statuses[i % statuses.length], null, null, null,
                            null, false, null);
                    case 1 -> new ProjectFilter(null, KINDS[i % KINDS.length], null, null, null, 2024, null, null,
                            false, null);
                    case 2 -> new ProjectFilter(null, null, LibraryState.IMPLEMENTATION, null,
                            CITIES[i % CITIES.length], null, new BigDecimal("100"), new BigDecimal("5000"), false, null);
                    default -> new ProjectFilter(null, null, null, null, null, null, null, null, false, "平台");
                };
                ProjectScope scope = i % 2 == 0 ? everything : ProjectScope.of(staff(cluster));
                long t = System.nanoTime();
                queries.query(new FindProjectsQuery(filter, scope, ProjectSort.LAST_CHANGED, true, 0, 50),
                        ResponseTypes.instanceOf(ProjectPage.class)).get(30, TimeUnit.SECONDS);
                if (i >= 30) {
                    library.add(System.nanoTime() - t);
                }
            }
            Stats editor = new Stats();
            for (int i = 0; i < 230; i++) {
                ProjectId id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                long t = System.nanoTime();
                queries.query(new FindProjectQuery(id), ResponseTypes.instanceOf(ProjectView.class))
                        .get(30, TimeUnit.SECONDS);
                if (i >= 30) {
                    editor.add(System.nanoTime() - t);
                }
            }

            ProjectId target = drafts.get(0);
            ClusterId targetCluster = clusters.get(0);
            long versionBefore = lastSequence(events, target);
            Stats edits = new Stats();
            AtomicLong ok = new AtomicLong();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong reapplied = new AtomicLong();
            AtomicLong races = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            long editStart = System.nanoTime();
            long deadline = editStart + editDuration.toNanos();
            for (int e = 0; e < editors; e++) {
                int editorNumber = e;
                pool.submit(() -> {
                    Actor person = new Actor("bench-editor-" + editorNumber, "bench-editor-" + editorNumber,
                            "编辑者 " + editorNumber, Role.PROMOTION_STAFF, Set.of(targetCluster.toString()),
                            CITIES[editorNumber % CITIES.length], "基准促进会");
                    while (System.nanoTime() < deadline) {
                        try {
                            editOnce(node, queries, target, person, edits, ok, conflicts, reapplied, races);
                        } catch (Exception failure) {
                            System.err.println("edit failed: " + failure);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(editDuration.toSeconds() + 60, TimeUnit.SECONDS);
            double editSeconds = (System.nanoTime() - editStart) / 1e9;
            long editEvents = lastSequence(events, target) - versionBefore;
            return new Result(storeKind, projects, appended, appendSeconds, projectionSeconds, library, editor, edits,
                    ok.get(), conflicts.get(), reapplied.get(), races.get(), editEvents, editEvents == ok.get(),
                    editSeconds, editors);
        } finally {
            databases.close();
        }
    }

    /**
     * One person's edit as the editor makes it: read the project, change one part against the version it shows, and
     * on a conflict re-apply once against the current version (what a person does after reading the notice).
     */
    private static void editOnce(Node node, QueryGateway queries, ProjectId id, Actor person, Stats latency,
                                 AtomicLong ok, AtomicLong conflicts, AtomicLong reapplied, AtomicLong races)
            throws Exception {
        ProjectView view = queries.query(new FindProjectQuery(id), ResponseTypes.instanceOf(ProjectView.class))
                .get(30, TimeUnit.SECONDS);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int choice = random.nextInt(3);
        String part;
        Object command;
        String text = person.displayName() + " " + random.nextInt(1_000_000);
        if (choice == 0) {
            ProjectSection section = random.nextBoolean() ? ProjectSection.AIMS : ProjectSection.CONTENT;
            part = "section:" + section;
            command = new ReviseProjectSectionCommand(id, section, text, versionOf(view, part));
        } else if (choice == 1) {
            BudgetLineView line = view.budgetLines().get(random.nextInt(view.budgetLines().size()));
            part = "budget:" + line.lineId();
            command = new ReviseBudgetLineCommand(id, line.lineId(), line.item(), line.source(),
                    BigDecimal.valueOf(random.nextInt(1, 500)), versionOf(view, part));
        } else {
            IndicatorView indicator = view.indicators().get(random.nextInt(view.indicators().size()));
            part = "indicator:" + indicator.indicatorId();
            command = new ReviseIndicatorCommand(id, indicator.indicatorId(), indicator.name(), indicator.unit(),
                    BigDecimal.valueOf(random.nextInt(1, 1000)), versionOf(view, part));
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            long t = System.nanoTime();
            try {
                node.commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(ActorMetaData.of(person)), 30, TimeUnit.SECONDS);
                latency.add(System.nanoTime() - t);
                ok.incrementAndGet();
                return;
            } catch (CommandExecutionException | ConcurrencyException failure) {
                latency.add(System.nanoTime() - t);
                Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof EditConflict conflict) {
                    conflicts.incrementAndGet();
                    reapplied.incrementAndGet();
                    command = withVersion(command, conflict.currentVersion());
                } else if (cause instanceof ConcurrencyException) {
                    // Lost the append race on (aggregate, sequence): read again and retry, as the screen does.
                    races.incrementAndGet();
                    ProjectView fresh = queries.query(new FindProjectQuery(id), ResponseTypes.instanceOf(
                            ProjectView.class)).get(30, TimeUnit.SECONDS);
                    command = withVersion(command, versionOf(fresh, part));
                } else {
                    throw failure;
                }
            }
        }
    }

    private static Long versionOf(ProjectView view, String part) {
        PartStamp stamp = view.parts().get(part);
        return stamp == null ? view.version() : stamp.version();
    }

    private static Object withVersion(Object command, long version) {
        if (command instanceof ReviseProjectSectionCommand c) {
            return new ReviseProjectSectionCommand(c.projectId(), c.section(), c.text(), version);
        }
        if (command instanceof ReviseBudgetLineCommand c) {
            return new ReviseBudgetLineCommand(c.projectId(), c.lineId(), c.item(), c.source(), c.amount(), version);
        }
        ReviseIndicatorCommand c = (ReviseIndicatorCommand) command;
        return new ReviseIndicatorCommand(c.projectId(), c.indicatorId(), c.name(), c.unit(), c.targetValue(), version);
    }

    private static long lastSequence(EventStore events, ProjectId id) {
        return events.lastSequenceNumberFor(id.toString()).orElse(-1L);
    }

    /** About 50 events: a full draft with edits; every fifth project stays a draft, others go further. */
    static List<Object> history(ProjectId id, ClusterId cluster, int n) {
        List<Object> events = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        City city = CITIES[n % CITIES.length];
        String lead = "基准牵头单位 " + (n % 300);
        String partner = "基准参与单位 " + (n % 97);
        int startYear = 2022 + n % 3;
        int endYear = startYear + 2;
        events.add(new ProjectDraftedEvent(id, cluster, KINDS[n % KINDS.length],
                (n % 3 == 0 ? "公共服务平台建设项目 " : "产业链协同创新项目 ") + n, lead, city, "负责人 " + n, startYear,
                endYear));
        events.add(new ParticipantAddedEvent(id, lead, city, ParticipantRole.LEAD, Set.of(ProjectSection.values())));
        events.add(new ParticipantAddedEvent(id, partner, CITIES[(n + 3) % CITIES.length], ParticipantRole.PARTNER,
                Set.of(ProjectSection.BUDGET)));
        events.add(new ProjectSectionRevisedEvent(id, ProjectSection.AIMS, "建设目标：" + n));
        events.add(new ProjectSectionRevisedEvent(id, ProjectSection.CONTENT, "建设内容：" + n));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String line = "line-" + i;
            lines.add(line);
            events.add(new BudgetLineAddedEvent(id, line, "预算条目 " + i, SOURCES[i % SOURCES.length],
                    BigDecimal.valueOf(random.nextInt(10, 400)).setScale(2)));
        }
        for (int i = 0; i < 8; i++) {
            events.add(new MilestoneAddedEvent(id, "milestone-" + i, "里程碑 " + i,
                    LocalDate.of(startYear + i % 3, 1 + i, 28), "交付物 " + i, i % 2 == 0 ? lead : partner));
        }
        for (int i = 0; i < 5; i++) {
            events.add(new IndicatorAddedEvent(id, "indicator-" + i, "绩效指标 " + i, "项",
                    BigDecimal.valueOf(random.nextInt(1, 100))));
        }
        for (int i = 0; i < 6; i++) {
            String line = lines.get(i);
            events.add(new BudgetLineRevisedEvent(id, line, "预算条目 " + i, SOURCES[i % SOURCES.length],
                    BigDecimal.valueOf(random.nextInt(10, 400)).setScale(2)));
        }
        events.add(new ProjectSectionRevisedEvent(id, ProjectSection.AIMS, "建设目标（修订）：" + n));
        int stage = n % 5;
        if (stage >= 1) {
            events.add(new ProjectSubmittedEvent(id, city, LocalDate.of(startYear, 3, 10)));
        }
        if (stage >= 2) {
            events.add(new ProjectRecommendedEvent(id, city, "同意推荐"));
            List<ExpertCandidate> experts = List.of(new ExpertCandidate("e1", "专家一", "山东大学"),
                    new ExpertCandidate("e2", "专家二", "中国海洋大学"), new ExpertCandidate("e3", "专家三", "山东省科学院"));
            events.add(new ExpertPanelDrawnEvent(id, experts, List.of(), ScoringCriterion.standard(),
                    LocalDate.of(startYear, 4, 10), n, 12));
            if (stage >= 3) {
                List<ExpertResult> results = new ArrayList<>();
                for (ExpertCandidate expert : experts) {
                    events.add(new ExpertConflictDeclaredEvent(id, expert.username(), false, null));
                    List<CriterionScore> scores = ScoringCriterion.standard().stream()
                            .map(c -> new CriterionScore(c.key(), 80)).toList();
                    events.add(new ExpertScoresLockedEvent(id, expert.username(), scores, null));
                    results.add(new ExpertResult(expert.username(), expert.displayName(), scores,
                            new BigDecimal("80.00"), null));
                }
                events.add(new ExpertReviewCompletedEvent(id, results, new BigDecimal("80.00")));
                long published = events.size() - 1;
                events.add(new ProjectApprovedForPublicityEvent(id, null, published, LocalDate.of(startYear, 5, 6),
                        LocalDate.of(startYear, 5, 12)));
                events.add(new PublicityEndedEvent(id, LocalDate.of(startYear, 5, 12), 0));
                BigDecimal total = BigDecimal.valueOf(2000).setScale(2);
                events.add(new ProjectApprovedEvent(id, new ProjectBaseline(lead, "负责人 " + n, startYear, endYear,
                        List.of(), List.of(), List.of()), total, new BigDecimal("500.00")));
                events.add(new ProjectEnteredLibraryEvent(id, n % 2 == 0 ? LibraryState.IMPLEMENTATION
                        : LibraryState.RESERVE, "approval", false));
                for (int i = 0; events.size() < 50; i++) {
                    events.add(new ExpenditureRecordedEvent(id, lines.get(i % lines.size()), new BigDecimal("1.00"),
                            "支出 " + i, BigDecimal.valueOf(i / lines.size() + 1).setScale(2)));
                }
            }
        }
        while (events.size() < 50) {
            events.add(new ProjectSectionRevisedEvent(id, ProjectSection.CONTENT, "建设内容（第" + events.size() + "稿）"));
        }
        return events;
    }

    static Actor staff(ClusterId cluster) {
        return new Actor("bench-staff", "bench-staff", "基准促进会工作人员", Role.PROMOTION_STAFF,
                Set.of(cluster.toString()), City.JINAN, "基准促进会");
    }

    static Actor supervisor() {
        return Node.BENCH;
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    static String section(Result r) {
        StringBuilder md = new StringBuilder();
        md.append("\n## d) Project library on ").append(r.store())
                .append(" (read models in the embedded server's H2 backend, as a plain start)\n\n");
        md.append(String.format(java.util.Locale.ROOT, "- Store filled: %,d projects, %,d events appended in %.1f s; "
                + "projections (project-catalog, project-work-queue) caught up %.1f s later (%,.0f events/s)%n",
                r.projects(), r.events(), r.appendSeconds(), r.projectionSeconds(),
                r.events() / Math.max(0.001, r.projectionSeconds())));
        md.append("\n| Figure | p50 | p99 | max | Target | |\n|---|---|---|---|---|---|\n");
        md.append(row("Library first page (50 rows, filter, sort; " + r.library().count() + " samples)",
                r.library(), "p99 <= " + Stats.ms(TARGET_LIBRARY_P99_MS) + " ms",
                r.library().percentileMs(99) <= TARGET_LIBRARY_P99_MS));
        md.append(row("Editor load, FindProjectQuery (" + r.editor().count() + " samples)", r.editor(),
                "p99 <= " + Stats.ms(TARGET_EDITOR_P99_MS) + " ms",
                r.editor().percentileMs(99) <= TARGET_EDITOR_P99_MS));
        md.append(row("One edit command on the shared project (" + r.edits().count() + " sends)", r.edits(), "", true));
        md.append(String.format(java.util.Locale.ROOT, "%n- %d people editing one project for %.0f s: %,d edits "
                        + "stored (%.1f commands/s), %,d conflicts on the same part (each re-applied against the "
                        + "current version), %,d lost append races retried; events added to the project in the "
                        + "store: %,d: %s%n", r.editors(), r.editSeconds(), r.editsOk(),
                r.editsOk() / r.editSeconds(), r.conflicts(), r.raceRetries(), r.editEventsInStore(),
                r.nothingLost() ? "equal to the edits acknowledged, nothing lost"
                        : "DIFFERENT from the edits acknowledged (" + r.editsOk() + ")"));
        return md.toString();
    }

    private static String row(String name, Stats stats, String target, boolean met) {
        return "| " + name + " | " + Stats.ms(stats.percentileMs(50)) + " ms | " + Stats.ms(stats.percentileMs(99))
                + " ms | " + Stats.ms(stats.maxMs()) + " ms | " + target + " | "
                + (target.isEmpty() ? "" : met ? "met" : "**missed**") + " |\n";
    }
}
