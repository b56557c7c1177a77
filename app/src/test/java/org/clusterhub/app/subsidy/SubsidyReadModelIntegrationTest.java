package org.clusterhub.app.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.shared.Role;
import org.clusterhub.subsidy.api.*;
import org.clusterhub.subsidy.command.SubsidyDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A programme with grants to a cluster's promotion organization, an enterprise and a city, paid, confirmed and
 * withdrawn through the command gateway, projected over the embedded server's wire protocol: the programme's figures,
 * each grant's tranches, each reader's scope (staff their cluster, members their organization, coordinators their
 * city, experts nothing), a refused command leaving nothing, and a replay rebuilding the same documents.
 */
@IntegrationTest
class SubsidyReadModelIntegrationTest {

    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final ClusterId POWER = ClusterId.forPlanCode("weifang-clean-energy-power-equipment");
    static final Actor SUPERVISOR = ConcurrentGrants.SUPERVISOR;
    static final Actor RAIL_STAFF = new Actor("u-staff01", "staff01", "轨道交通协会", Role.PROMOTION_STAFF,
            Set.of(RAIL.toString()), City.QINGDAO, "青岛市轨道交通装备产业协会");
    static final Actor WEICHAI = new Actor("u-weichai", "member-weichai", "潍柴", Role.MEMBER, Set.of(),
            City.WEIFANG, "潍柴动力股份有限公司");
    static final Actor JINAN = new Actor("u-coord", "coord-jinan", "济南市协调员", Role.CITY_COORDINATOR, Set.of(),
            City.JINAN, "济南市工业和信息化局");
    static final Actor EXPERT = new Actor("u-expert", "expert01", "王建国", Role.EXPERT, Set.of(), City.JINAN, "山东大学");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    SubsidyDirectory directory;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    MongoTemplate mongo;

    @Test
    void figuresTranchesAndScopesFollowTheGrantsAndAReplayRebuildsThem() {
        assertThat(ReadModelWait.until(() -> directory.cluster(POWER), c -> true, Duration.ofSeconds(20)))
                .as("the programmes know the plan's clusters").isPresent();
        FundingProgrammeId programme = ConcurrentGrants.define(commands, "2000");
        GrantId railGrant = GrantId.create();
        GrantId weichaiGrant = GrantId.create();
        GrantId jinanGrant = GrantId.create();
        send(new AwardGrantCommand(programme, railGrant, RecipientKind.ORGANIZATION, null, null, RAIL, null,
                wan("600"), "国家级集群竞赛胜出奖励", List.of(
                new TranchePlan(wan("300"), TrancheCondition.ON_GRANT, null, null),
                new TranchePlan(wan("300"), TrancheCondition.SUPERVISOR_CONFIRMATION, null, "年度评价合格"))));
        send(new AwardGrantCommand(programme, weichaiGrant, RecipientKind.ORGANIZATION, null, "潍柴动力股份有限公司",
                POWER, City.WEIFANG, wan("200"), "首台（套）奖励", List.of(
                new TranchePlan(wan("200"), TrancheCondition.ON_GRANT, null, null))));
        send(new AwardGrantCommand(programme, jinanGrant, RecipientKind.ORGANIZATION, null, "济南市人民政府", null,
                City.JINAN, wan("100"), "试验区创建奖励", List.of(
                new TranchePlan(wan("100"), TrancheCondition.ON_GRANT, null, null))));
        send(new RecordTranchePaymentCommand(programme, railGrant, 1, LocalDate.now().minusDays(1), "鲁财工指〔2026〕1号",
                null));
        send(new ConfirmTrancheConditionCommand(programme, railGrant, 2, "2026年度考核优秀"));
        send(new WithdrawGrantCommand(programme, jinanGrant, "创建未通过国家验收"));
        long version = eventStore.lastSequenceNumberFor(programme.toString()).orElseThrow();

        assertThatThrownBy(() -> send(RAIL_STAFF, new RecordTranchePaymentCommand(programme, railGrant, 2,
                LocalDate.now(), "V-staff", null))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> send(new AwardGrantCommand(programme, GrantId.create(), RecipientKind.ORGANIZATION,
                null, "某企业", null, City.ZIBO, wan("1200.01"), "超出预算", List.of(new TranchePlan(wan("1200.01"),
                TrancheCondition.ON_GRANT, null, null))))).hasMessageStartingWith("subsidy.error.overBudget");
        assertThat(eventStore.lastSequenceNumberFor(programme.toString())).as("nothing stored for refusals")
                .contains(version);

        FundingProgrammeView view = programme(programme, version);
        assertThat(view.committed()).isEqualByComparingTo("800.00");
        assertThat(view.paid()).isEqualByComparingTo("300.00");
        assertThat(view.remaining()).isEqualByComparingTo("1200.00");
        assertThat(view.payable()).as("the confirmed tranche and the enterprise's").isEqualByComparingTo("500.00");
        assertThat(view.grantCount()).isEqualTo(3);

        GrantView rail = grants(SUPERVISOR, programme).items().stream()
                .filter(g -> g.grantId().equals(railGrant)).findFirst().orElseThrow();
        assertThat(rail.organization()).isEqualTo("青岛市轨道交通装备产业协会");
        assertThat(rail.city()).isEqualTo(City.QINGDAO);
        assertThat(rail.clusterName()).isEqualTo("青岛轨道交通装备产业集群");
        assertThat(rail.state()).isEqualTo(GrantState.ACTIVE);
        assertThat(rail.tranches()).extracting(TrancheView::state)
                .containsExactly(TrancheState.PAID, TrancheState.PAYABLE);
        assertThat(rail.tranches().get(0).voucher()).isEqualTo("鲁财工指〔2026〕1号");
        assertThat(rail.tranches().get(1).evidence()).isEqualTo("2026年度考核优秀");

        assertThat(grants(SUPERVISOR, programme).total()).isEqualTo(3);
        assertThat(grants(RAIL_STAFF, programme).items()).extracting(GrantView::grantId).containsExactly(railGrant);
        assertThat(grants(WEICHAI, programme).items()).extracting(GrantView::grantId).containsExactly(weichaiGrant);
        GrantPage jinan = grants(JINAN, programme);
        assertThat(jinan.items()).extracting(GrantView::grantId).containsExactly(jinanGrant);
        assertThat(jinan.items().get(0).state()).isEqualTo(GrantState.WITHDRAWN);
        assertThat(jinan.granted()).as("a withdrawn grant counts what was paid: nothing").isEqualByComparingTo("0");
        assertThat(grants(EXPERT, programme).total()).isZero();
        assertThat(grant(RAIL_STAFF, weichaiGrant)).as("another cluster's grant is not theirs").isEmpty();
        assertThat(grant(WEICHAI, weichaiGrant)).isPresent();

        awaitProcessor("subsidy-catalog");
        List<Document> before = documents(programme, List.of(railGrant, weichaiGrant, jinanGrant));
        assertThat(before).hasSize(4);
        replay("subsidy-catalog");
        assertThat(documents(programme, List.of(railGrant, weichaiGrant, jinanGrant)))
                .as("redelivered events change nothing").isEqualTo(before);
        mongo.remove(query(where("_id").is(programme.toString())), "funding_programmes");
        mongo.remove(query(where("programmeId").is(programme.toString())), "subsidy_grants");
        replay("subsidy-catalog");
        assertThat(documents(programme, List.of(railGrant, weichaiGrant, jinanGrant)))
                .as("rebuilt from the event store").isEqualTo(before);
    }

    private void send(Object command) {
        ConcurrentGrants.send(commands, command);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                .andMetaData(org.clusterhub.shared.ActorMetaData.of(actor)), 10, TimeUnit.SECONDS);
    }

    /** The query itself waits 3 s for a version; a loaded machine (shared CI) may need longer. */
    private FundingProgrammeView programme(FundingProgrammeId id, long version) {
        return ConcurrentGrants.awaitProgramme(queries, id, version);
    }

    private GrantPage grants(Actor viewer, FundingProgrammeId programme) {
        return queries.query(new FindGrantsQuery(GrantFilter.ofProgramme(programme), viewer, 0, 50),
                ResponseTypes.instanceOf(GrantPage.class)).join();
    }

    private java.util.Optional<GrantView> grant(Actor viewer, GrantId grantId) {
        return queries.query(new FindGrantQuery(grantId, viewer), ResponseTypes.optionalInstanceOf(GrantView.class))
                .join();
    }

    private List<Document> documents(FundingProgrammeId programme, List<GrantId> grants) {
        List<Document> docs = new ArrayList<>();
        mongo.getCollection("funding_programmes").find(new Document("_id", programme.toString())).into(docs);
        for (GrantId grant : grants) {
            mongo.getCollection("subsidy_grants").find(new Document("_id", grant.toString())).into(docs);
        }
        return docs;
    }

    private void replay(String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitProcessor(name);
    }

    private void awaitProcessor(String name) {
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow();
        long head = eventStore.createHeadToken().position().orElse(-1);
        int segments = tokens.fetchSegments(name).length;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.size() == segments && status.values().stream()
                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(name + " did not reach position " + head);
    }

    private static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }
}
