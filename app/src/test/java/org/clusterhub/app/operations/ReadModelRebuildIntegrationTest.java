package org.clusterhub.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterPage;
import org.clusterhub.cluster.api.FindClusterQuery;
import org.clusterhub.cluster.api.FindClustersQuery;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.infrastructure.readmodel.ReadModelCollections;
import org.clusterhub.operations.api.FindReadModelRebuildsQuery;
import org.clusterhub.operations.api.FindReadModelsQuery;
import org.clusterhub.operations.api.ReadModelOverview;
import org.clusterhub.operations.api.ReadModelRebuildPage;
import org.clusterhub.operations.api.ReadModelRebuildView;
import org.clusterhub.operations.api.ReadModelState;
import org.clusterhub.operations.api.RebuildStatus;
import org.clusterhub.operations.api.StartReadModelRebuildCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Rebuilding a read model while it serves (ADR 019), over the real stores: the rebuilt collections equal the old
 * ones; during a rebuild the screens' queries keep getting the old data (never an empty list), and events stored
 * meanwhile all reach the new read model.
 */
@IntegrationTest
class ReadModelRebuildIntegrationTest {

    static final String PROCESSOR = "cluster-catalog";
    static final ClusterId MACHINERY = ClusterId.forPlanCode("smart-agricultural-machinery");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "省工信厅", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoDatabaseFactory databases;
    @Autowired
    ReadModelCollections collections;

    @Test
    void theRebuiltCollectionsEqualTheOldOnesAndServeFromTheSwitchOn() throws Exception {
        for (int i = 0; i < 20; i++) {
            addMember("重建比对企业" + i);
        }
        awaitCaughtUp();
        String before = collections.physical("clusters");
        List<Document> old = documents(before);
        assertThat(old).hasSizeGreaterThanOrEqualTo(20);

        ReadModelRebuildView run = rebuildAndWait();

        assertThat(run.status()).as(String.valueOf(run.reason())).isEqualTo(RebuildStatus.COMPLETED);
        assertThat(run.events()).isPositive();
        String after = collections.physical("clusters");
        assertThat(after).isNotEqualTo(before).startsWith("clusters__r");
        assertThat(documents(after)).isEqualTo(old);
        // The live processor resumed where the rebuild stopped, on the new collections.
        addMember("重建后新增企业");
        awaitCaughtUp();
        assertThat(members().size()).isEqualTo(memberCount(old) + 1);
        assertThat(documents(after)).hasSameSizeAs(old);
    }

    @Test
    void theOldReadModelServesDuringTheRebuildAndEventsStoredMeanwhileAreNotLost() throws Exception {
        for (int i = 0; i < 30; i++) {
            addMember("重建前企业" + i);
        }
        awaitCaughtUp();
        int membersBefore = members().size();
        long clustersBefore = clusterTotal();
        List<String> added = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicLong reads = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                added.add(addMember("重建期间企业" + i++));
            }
        });
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    long total = clusterTotal();
                    int members = members().size();
                    reads.incrementAndGet();
                    if (total < clustersBefore || members < membersBefore) {
                        problems.add("saw " + total + " clusters and " + members + " members");
                    }
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        });
        writer.start();
        reader.start();
        ReadModelRebuildView run;
        try {
            Thread.sleep(200);
            run = rebuildAndWait();
            Thread.sleep(300);
        } finally {
            stop.set(true);
            writer.join(10_000);
            reader.join(10_000);
        }

        assertThat(run.status()).as(String.valueOf(run.reason())).isEqualTo(RebuildStatus.COMPLETED);
        assertThat(problems).as("every read during the rebuild got the old or the new data, never less").isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(added).hasSizeGreaterThan(3);
        awaitCaughtUp();
        Set<String> codes = members().stream().map(m -> m.get("creditCode").toString()).collect(Collectors.toSet());
        assertThat(codes).as("every member added during the rebuild is in the new read model").containsAll(added);
        assertThat(members()).hasSize(membersBefore + added.size());
        ReadModelState state = overview().readModels().stream().filter(s -> s.processor().equals(PROCESSOR))
                .findFirst().orElseThrow();
        assertThat(state.running()).as("the live processor runs again").isTrue();
        assertThat(state.rebuild()).isNull();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private ReadModelRebuildView rebuildAndWait() {
        StartReadModelRebuildCommand start = StartReadModelRebuildCommand.of(PROCESSOR);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(start).andMetaData(ActorMetaData.of(SUPERVISOR)),
                10, TimeUnit.SECONDS);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> run(start.runId()), r -> r != null && r.status() != RebuildStatus.RUNNING);
    }

    private ReadModelRebuildView run(UUID runId) throws Exception {
        ReadModelRebuildPage page = queries.query(new FindReadModelRebuildsQuery(PROCESSOR, 0, 50),
                ResponseTypes.instanceOf(ReadModelRebuildPage.class)).get(5, TimeUnit.SECONDS);
        return page.items().stream().filter(r -> r.runId().equals(runId)).findFirst().orElse(null);
    }

    private ReadModelOverview overview() throws Exception {
        return queries.query(new FindReadModelsQuery(), ResponseTypes.instanceOf(ReadModelOverview.class))
                .get(5, TimeUnit.SECONDS);
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> overview()
                .readModels().stream().filter(s -> s.processor().equals(PROCESSOR))
                .allMatch(s -> s.running() && s.lag() == 0 && s.rebuild() == null));
    }

    private String addMember(String name) {
        String code = freshCreditCode(City.JINAN);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddMemberOrganizationCommand(MACHINERY, name,
                        OrganizationKind.ENTERPRISE, City.JINAN, ChainPosition.SUPPLIER, code, null))
                .andMetaData(ActorMetaData.of(SUPERVISOR)), 10, TimeUnit.SECONDS);
        return code;
    }

    private long clusterTotal() throws Exception {
        return queries.query(new FindClustersQuery(null, null, null, true, 0, 50),
                ResponseTypes.instanceOf(ClusterPage.class)).get(5, TimeUnit.SECONDS).total();
    }

    private List<Map<String, Object>> members() throws Exception {
        ClusterDetails details = queries.query(new FindClusterQuery(MACHINERY),
                ResponseTypes.instanceOf(ClusterDetails.class)).get(5, TimeUnit.SECONDS);
        List<Map<String, Object>> members = new ArrayList<>();
        details.members().forEach(m -> {
            Map<String, Object> member = new HashMap<>();
            member.put("creditCode", m.creditCode());
            members.add(member);
        });
        return Collections.unmodifiableList(members);
    }

    private List<Document> documents(String collection) {
        MongoDatabase database = databases.getMongoDatabase();
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private static int memberCount(List<Document> clusters) {
        return clusters.stream().filter(c -> MACHINERY.toString().equals(c.get("_id").toString()))
                .mapToInt(c -> ((List<?>) c.get("members")).size()).sum();
    }

    static String freshCreditCode(City city) {
        StringBuilder code = new StringBuilder("91").append(city.divisionCode());
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }
}
