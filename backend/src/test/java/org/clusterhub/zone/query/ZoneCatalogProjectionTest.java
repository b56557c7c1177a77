package org.clusterhub.zone.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.FindZoneQuery;
import org.clusterhub.zone.api.FindZonesQuery;
import org.clusterhub.zone.api.ZoneAimsRevisedEvent;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZonePage;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneSummary;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The zone read model against a real MongoDB-wire server (mongo-java-server, in memory). */
class ZoneCatalogProjectionTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final ZoneTarget SHARE_70 = new ZoneTarget("先进制造业主营业务收入占规模以上工业比重",
            "Share of advanced manufacturing in the main business revenue of above-scale industry", ">=",
            new BigDecimal("70"), "%", 2025);

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private ZoneCatalogProjection projection;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "test");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        mongo.remove(new Query(), ZoneDocument.class);
        projection = new ZoneCatalogProjection(mongo);
    }

    @Test
    void registrationCreatesTheDocument() {
        ZoneRegisteredEvent jinan = jinan();
        projection.on(jinan, 0, T0);

        ZoneDetails details = projection.handle(new FindZoneQuery(jinan.zoneId())).orElseThrow();
        assertThat(details).isEqualTo(new ZoneDetails(jinan.zoneId(), 0, 1, jinan.code(), jinan.nameZh(),
                jinan.nameEn(), City.JINAN, ZoneKind.PILOT, jinan.aimsZh(), jinan.aimsEn(), jinan.keyTasks(),
                List.of(SHARE_70), T0));
        assertThat(mongo.getCollection("zones").countDocuments()).isEqualTo(1);
    }

    @Test
    void registrationTwiceLeavesTheFirstDocument() {
        ZoneRegisteredEvent jinan = jinan();
        projection.on(jinan, 0, T0);
        ZoneDetails before = projection.handle(new FindZoneQuery(jinan.zoneId())).orElseThrow();

        projection.on(new ZoneRegisteredEvent(jinan.zoneId(), 9, jinan.code(), "别的名称", null, City.HEZE,
                ZoneKind.DEMONSTRATION, "别的目标", null, List.of(), List.of()), 0, T2);

        assertThat(projection.handle(new FindZoneQuery(jinan.zoneId()))).contains(before);
        assertThat(mongo.getCollection("zones").countDocuments()).isEqualTo(1);
    }

    @Test
    void revisionUpdatesAimsAndIsAppliedOnce() {
        ZoneRegisteredEvent jinan = jinan();
        projection.on(jinan, 0, T0);
        ZoneAimsRevisedEvent revised = new ZoneAimsRevisedEvent(jinan.zoneId(), "建设人工智能创新高地", "AI highland",
                List.of("培育工业大脑"), "中期评估");

        projection.on(revised, 1, T1);
        ZoneDetails after = projection.handle(new FindZoneQuery(jinan.zoneId(), 1)).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.aimsZh()).isEqualTo("建设人工智能创新高地");
        assertThat(after.aimsEn()).isEqualTo("AI highland");
        assertThat(after.keyTasks()).containsExactly("培育工业大脑");
        assertThat(after.targets()).containsExactly(SHARE_70);
        assertThat(after.lastChangedAt()).isEqualTo(T1);

        projection.on(revised, 1, T2);
        projection.on(new ZoneAimsRevisedEvent(jinan.zoneId(), "旧事件", null, List.of(), "乱序"), 1, T2);
        assertThat(projection.handle(new FindZoneQuery(jinan.zoneId()))).contains(after);

        assertThat(page(new FindZonesQuery("人工智能创新", null, null, 0, 10))).containsExactly(jinan.zoneId());
        assertThat(page(new FindZonesQuery("黄河生态", null, null, 0, 10))).isEmpty();
    }

    @Test
    void targetsAreReplacedAndAppliedOnce() {
        ZoneRegisteredEvent jinan = jinan();
        projection.on(jinan, 0, T0);
        ZoneTarget revenue = new ZoneTarget("先进制造业营业收入", "Advanced manufacturing revenue", ">",
                new BigDecimal("10000.5"), "亿元", null);

        projection.on(new ZoneTargetsSetEvent(jinan.zoneId(), List.of(SHARE_70, revenue), "补充指标"), 1, T1);
        ZoneDetails after = projection.handle(new FindZoneQuery(jinan.zoneId())).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.targets()).containsExactly(SHARE_70, revenue);
        assertThat(after.aimsZh()).isEqualTo(jinan.aimsZh());

        projection.on(new ZoneTargetsSetEvent(jinan.zoneId(), List.of(SHARE_70, revenue), "补充指标"), 1, T2);
        projection.on(new ZoneTargetsSetEvent(jinan.zoneId(), List.of(), "重放的旧事件"), 1, T2);
        assertThat(projection.handle(new FindZoneQuery(jinan.zoneId()))).contains(after);

        ZonePage page = projection.handle(new FindZonesQuery("ADVANCED MANUFACTURING REVENUE", null, null, 0, 10));
        assertThat(page.items()).extracting(ZoneSummary::targetCount).containsExactly(2);

        projection.on(new ZoneTargetsSetEvent(jinan.zoneId(), List.of(), "指标另行制定"), 2, T2);
        assertThat(page(new FindZonesQuery("advanced manufacturing revenue", null, null, 0, 10))).isEmpty();
        assertThat(projection.handle(new FindZonesQuery(null, null, null, 0, 10)).items())
                .extracting(ZoneSummary::targetCount).containsExactly(0);
    }

    @Test
    void eventsForAnUnknownZoneAreIgnored() {
        ZoneId unknown = ZoneId.create();
        projection.on(new ZoneAimsRevisedEvent(unknown, "目标", null, List.of(), "原因"), 1, T1);
        projection.on(new ZoneTargetsSetEvent(unknown, List.of(SHARE_70), "原因"), 2, T1);

        assertThat(projection.handle(new FindZoneQuery(unknown))).isEmpty();
        assertThat(mongo.getCollection("zones").countDocuments()).isZero();
    }

    @Test
    void filtersByTextCityAndKindInThePlansOrder() {
        ZoneRegisteredEvent jinan = jinan();
        ZoneRegisteredEvent zibo = zone(5, "zibo-traditional-industry-upgrading-demonstration-zone",
                "淄博传统产业转型升级示范区", "Zibo Traditional Industry Transformation and Upgrading Demonstration Zone",
                City.ZIBO, ZoneKind.DEMONSTRATION, "打响“百年积淀、淄博智造”品牌");
        ZoneRegisteredEvent qingdao = zone(2, "qingdao-two-integrations-pilot-zone", "青岛“两化两业”深度融合发展试验区",
                "Qingdao Two Integrations Pilot Zone", City.QINGDAO, ZoneKind.PILOT, "构建“一超多专”工业互联网平台体系");
        ZoneRegisteredEvent laterInJinan = zone(null, "jinan-later-zone", "济南后来登记的示范区", null, City.JINAN,
                ZoneKind.DEMONSTRATION, "后续登记");
        ZoneRegisteredEvent yantai = zone(6, "yantai-industrial-foundation-demonstration-zone", "烟台产业基础能力提升示范区",
                "Yantai Industrial Foundation Capability Enhancement Demonstration Zone", City.YANTAI,
                ZoneKind.DEMONSTRATION, "培育一批“工业大脑”");
        for (ZoneRegisteredEvent event : List.of(laterInJinan, zibo, yantai, jinan, qingdao)) {
            projection.on(event, 0, T0);
        }

        assertThat(page(new FindZonesQuery(null, null, null, 0, 100)))
                .containsExactly(jinan.zoneId(), qingdao.zoneId(), zibo.zoneId(), yantai.zoneId(),
                        laterInJinan.zoneId());
        assertThat(page(new FindZonesQuery(" ", City.JINAN, null, 0, 100)))
                .containsExactly(jinan.zoneId(), laterInJinan.zoneId());
        assertThat(page(new FindZonesQuery(null, null, ZoneKind.PILOT, 0, 100)))
                .containsExactly(jinan.zoneId(), qingdao.zoneId());
        assertThat(page(new FindZonesQuery(null, City.JINAN, ZoneKind.DEMONSTRATION, 0, 100)))
                .containsExactly(laterInJinan.zoneId());
        assertThat(page(new FindZonesQuery("Demonstration ZONE", null, null, 0, 100)))
                .containsExactly(zibo.zoneId(), yantai.zoneId());
        assertThat(page(new FindZonesQuery("工业大脑", null, null, 0, 100))).containsExactly(yantai.zoneId());
        assertThat(page(new FindZonesQuery("占规模以上工业比重", null, null, 0, 100))).containsExactly(jinan.zoneId());
        assertThat(page(new FindZonesQuery("two-integrations", null, null, 0, 100)))
                .containsExactly(qingdao.zoneId());
        assertThat(page(new FindZonesQuery("“一超多专”", null, null, 0, 100))).containsExactly(qingdao.zoneId());
        assertThat(page(new FindZonesQuery("(.*)", null, null, 0, 100))).isEmpty();
        assertThat(page(new FindZonesQuery("工业大脑", City.ZIBO, null, 0, 100))).isEmpty();

        ZonePage first = projection.handle(new FindZonesQuery(null, null, null, 0, 2));
        ZonePage second = projection.handle(new FindZonesQuery(null, null, null, 2, 2));
        ZonePage last = projection.handle(new FindZonesQuery(null, null, null, 4, 2));
        ZonePage beyond = projection.handle(new FindZonesQuery(null, null, null, 10, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(ZoneSummary::zoneId).containsExactly(jinan.zoneId(), qingdao.zoneId());
        assertThat(second.items()).extracting(ZoneSummary::zoneId).containsExactly(zibo.zoneId(), yantai.zoneId());
        assertThat(last.items()).extracting(ZoneSummary::zoneId).containsExactly(laterInJinan.zoneId());
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(projection.handle(new FindZonesQuery(null, null, ZoneKind.DEMONSTRATION, 0, 1)).total())
                .isEqualTo(3);

        assertThat(first.items().get(0)).isEqualTo(new ZoneSummary(jinan.zoneId(), 1, jinan.nameZh(),
                jinan.nameEn(), City.JINAN, ZoneKind.PILOT, 1));
    }

    private List<ZoneId> page(FindZonesQuery query) {
        return projection.handle(query).items().stream().map(ZoneSummary::zoneId).toList();
    }

    private static ZoneRegisteredEvent jinan() {
        return new ZoneRegisteredEvent(ZoneId.forPlanCode("jinan-yellow-river-pilot-zone"), 1,
                "jinan-yellow-river-pilot-zone", "济南黄河流域制造业高质量发展试验区",
                "Jinan Yellow River Basin Manufacturing High-Quality Development Pilot Zone", City.JINAN,
                ZoneKind.PILOT, "支持济南市落实黄河生态保护与高质量发展的部署要求。", "Supports Jinan.",
                List.of("以智能制造和“人工智能+”为主攻方向", "加快产业链群规模化发展"), List.of(SHARE_70));
    }

    private static ZoneRegisteredEvent zone(Integer number, String code, String nameZh, String nameEn, City city,
                                            ZoneKind kind, String aimsZh) {
        return new ZoneRegisteredEvent(ZoneId.forPlanCode(code), number, code, nameZh, nameEn, city, kind, aimsZh,
                null, List.of(), List.of());
    }
}
