package org.clusterhub.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.*;
import org.clusterhub.shared.City;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A quick measurement of the library's first page and the editor's load with 10,000 projects on the embedded
 * default (mongo-java-server with its H2 backend, on a file), through the query handlers as the app runs them. Not
 * part of the normal build: {@code mvn -o -pl backend test -Dtest=ProjectLibraryPerformanceTest
 * -Dclusterhub.perf=true}. The proper benchmark (the {@code bench} module) loads the projects through commands.
 */
@EnabledIfSystemProperty(named = "clusterhub.perf", matches = "true")
class ProjectLibraryPerformanceTest {

    static final int PROJECTS = Integer.getInteger("clusterhub.perf.projects", 10_000);
    static final List<ClusterId> CLUSTERS = List.of("cnc-machine-tools", "high-end-meat", "high-end-steel",
            "smart-agricultural-machinery", "coal-based-fine-chemicals", "fashion-textiles-apparel",
            "energy-saving-new-energy-vehicles", "offshore-engineering-equipment-shipbuilding",
            "information-technology-application-innovation", "qingdao-rail-transit-equipment", "high-end-steel-2",
            "binzhou-lightweight-aluminum-new-materials", "dongying-high-end-petroleum-equipment",
            "dezhou-high-end-sports-equipment", "high-end-chemical-new-materials", "weifang-clean-energy-power-equipment",
            "jinan-provincial-capital-biomedicine", "jinan-ai-innovation-industry-integration",
            "computer-peripherals-smart-terminals", "qingdao-smart-home-appliances").stream()
            .map(ClusterId::forPlanCode).toList();

    private static Path dir;
    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private static final List<ProjectId> ids = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("library-perf");
        server = new MongoServer(new H2Backend(dir.resolve("readmodels.mv").toString()));
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "perf");
        Random random = new Random(7);
        long started = System.nanoTime();
        List<ProjectDocument> details = new ArrayList<>();
        List<ProjectLibraryDocument> rows = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            ProjectDocument doc = project(i, random);
            ids.add(ProjectId.of(doc.id));
            details.add(doc);
            rows.add(doc.toLibrary());
            if (details.size() == 500) {
                mongo.insertAll(details);
                mongo.insertAll(rows);
                details.clear();
                rows.clear();
            }
        }
        mongo.insertAll(details);
        mongo.insertAll(rows);
        for (ClusterId cluster : CLUSTERS) {
            mongo.insert(new ClusterNameDocument(cluster.toString(), "集群" + cluster, "Cluster"));
        }
        System.out.printf("loaded %d projects in %d ms%n", PROJECTS, (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void libraryFirstPageAndEditorLoad() {
        ProjectCatalogProjection projection = new ProjectCatalogProjection(mongo);
        ProjectScope all = new ProjectScope(true, Set.of(), null, null);
        ProjectFilter byCluster = new ProjectFilter(CLUSTERS.get(0), null, null, null, null, null, null, null, false,
                null);
        ProjectFilter byStatusAndYear = new ProjectFilter(null, null, null, ProjectStatus.IN_PROGRESS, null, 2026,
                null, null, false, null);
        ProjectFilter byText = new ProjectFilter(null, null, null, null, null, null, null, null, false, "平台");
        ProjectScope staff = new ProjectScope(false, Set.of(CLUSTERS.get(3).toString()), null, null);

        measure("library, cluster filter, supervisor", () -> projection.handle(new FindProjectsQuery(byCluster, all,
                ProjectSort.LAST_CHANGED, true, 0, 20)));
        measure("library, status+year filter, supervisor", () -> projection.handle(new FindProjectsQuery(
                byStatusAndYear, all, ProjectSort.FUNDING, true, 0, 20)));
        measure("library, text filter, supervisor", () -> projection.handle(new FindProjectsQuery(byText, all,
                ProjectSort.TITLE, false, 0, 20)));
        measure("library, no filter, staff scope", () -> projection.handle(new FindProjectsQuery(
                ProjectFilter.none(), staff, ProjectSort.LAST_CHANGED, true, 0, 20)));
        measure("library, no filter, supervisor", () -> projection.handle(new FindProjectsQuery(
                ProjectFilter.none(), all, ProjectSort.LAST_CHANGED, true, 0, 20)));
        Random random = new Random(11);
        measure("editor load (FindProjectQuery)", () -> projection.handle(new FindProjectQuery(
                ids.get(random.nextInt(ids.size())))).orElseThrow());
        assertThat(projection.handle(new FindProjectsQuery(ProjectFilter.none(), all, ProjectSort.LAST_CHANGED,
                true, 0, 20)).totals().count()).isEqualTo(PROJECTS);
    }

    private static void measure(String what, Supplier<Object> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        int runs = 60;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", what, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6);
    }

    /** An approved project of about 50 events' worth: participants, lines, milestones, KPIs, a review, notes. */
    private static ProjectDocument project(int i, Random random) {
        ProjectDocument doc = new ProjectDocument();
        doc.id = new UUID(0xC1L, i).toString();
        doc.version = 45 + random.nextInt(10);
        doc.clusterId = CLUSTERS.get(i % CLUSTERS.size()).toString();
        doc.kind = ProjectKind.values()[random.nextInt(ProjectKind.values().length)];
        doc.title = (random.nextBoolean() ? "公共服务平台" : "产业链协同创新") + "建设项目第" + i + "号";
        doc.leadOrganization = "山东某某装备制造股份有限公司" + (i % 300);
        doc.city = City.values()[random.nextInt(City.values().length)];
        doc.personInCharge = "负责人" + (i % 1000);
        doc.startYear = 2024 + random.nextInt(3);
        doc.endYear = doc.startYear + 1 + random.nextInt(3);
        doc.aims = "项目目标".repeat(40);
        doc.content = "建设内容".repeat(120);
        doc.status = ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)];
        doc.libraryState = random.nextInt(3) == 0 ? null : LibraryState.values()[random.nextInt(3)];
        doc.participant(doc.leadOrganization, doc.city, ParticipantRole.LEAD, EnumSet.allOf(ProjectSection.class));
        doc.participant("山东大学", City.JINAN, ParticipantRole.PARTNER, EnumSet.of(ProjectSection.BUDGET));
        doc.participant("合作企业" + (i % 500), City.values()[random.nextInt(16)], ParticipantRole.PARTNER,
                EnumSet.of(ProjectSection.MILESTONES));
        PartStamp stamp = new PartStamp(3, "某某 工作人员", "某某促进会", Instant.parse("2026-01-01T00:00:00Z"));
        for (int l = 0; l < 4; l++) {
            ProjectDocument.Line line = new ProjectDocument.Line();
            line.lineId = "b" + l;
            line.item = "预算条目" + l;
            line.source = FundingSource.values()[l];
            line.amount = BigDecimal.valueOf(50 + random.nextInt(500)).setScale(2);
            line.approvedAmount = line.amount;
            line.spent = BigDecimal.valueOf(random.nextInt(50)).setScale(2);
            doc.budgetLines.add(line);
            doc.stamp("budget:b" + l, stamp);
        }
        for (int m = 0; m < 3; m++) {
            ProjectDocument.Step step = new ProjectDocument.Step();
            step.milestoneId = "m" + m;
            step.title = "里程碑" + m;
            step.dueDate = LocalDate.of(doc.startYear, 3 + m * 3, 30);
            step.deliverable = "交付成果说明".repeat(5);
            step.ownerOrganization = doc.leadOrganization;
            step.percentComplete = random.nextInt(100);
            doc.milestones.add(step);
            doc.stamp("milestone:m" + m, stamp);
        }
        for (int k = 0; k < 3; k++) {
            doc.indicator(new IndicatorView("k" + k, "绩效指标" + k, "项", BigDecimal.TEN));
            doc.stamp("indicator:k" + k, stamp);
        }
        doc.stamp("overview", stamp);
        doc.stamp("section:AIMS", stamp);
        doc.stamp("section:CONTENT", stamp);
        doc.review = new ProjectDocument.Review();
        doc.review.criteria = new ArrayList<>(ScoringCriterion.standard());
        for (int e = 0; e < 5; e++) {
            doc.review.seats.add(ProjectDocument.seatOf(new ExpertCandidate("expert0" + e, "专家" + e, "某大学")));
        }
        doc.note("ProjectRecommendedEvent", "同意推荐", stamp);
        doc.note("ProjectApprovedForPublicityEvent", "同意立项", stamp);
        doc.recomputeApprovedSums();
        doc.lastChangedAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L);
        return doc;
    }
}
