package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.ConsortiumBidder;
import org.clusterhub.challenge.api.EvaluationCriterion;
import org.clusterhub.challenge.api.Evaluator;
import org.clusterhub.challenge.api.PostChallengeCommand;
import org.clusterhub.challenge.api.SubmitBidCommand;
import org.clusterhub.challenge.api.TechnicalIndicator;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.identity.api.FindUserAccountQuery;
import org.clusterhub.identity.api.UserAccountView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo 揭榜挂帅 challenges, created at first start of the demo profile through commands sent as the people who would
 * send them: one challenge of the CNC machine-tool cluster posted by its promotion staff ({@code staff07}) with two
 * sealed bids (山东大学 and 山东产业技术研究院, whose evaluator 王建国 of 山东大学 is excluded from 山东大学's bid), and one
 * posted by a leading enterprise (潍柴动力) in the clean-energy power cluster, open for bids, so that
 * {@code member-sdu} or {@code member-sdiit} can bid on it. Ids derive from stable codes; later starts send nothing.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "clusterhub.seed.demo-challenges", havingValue = "true")
class DemoChallengeSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChallengeSeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;

    DemoChallengeSeeder(CommandGateway commands, QueryGateway queries, EventStore eventStore) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    static ChallengeId idOf(String code) {
        return new ChallengeId(UUID.nameUUIDFromBytes(("challenge:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant inThreeWeeks = LocalDate.now(SHANGHAI).plusDays(21).atTime(17, 0).atZone(SHANGHAI).toInstant();
        ChallengeId spindle = idOf("cnc-electric-spindle");
        if (eventStore.lastSequenceNumberFor(spindle.toString()).isEmpty()) {
            Actor staff = actor("staff07");
            send(staff, new PostChallengeCommand(spindle, ClusterId.forPlanCode("cnc-machine-tools"),
                    staff.organization(), "高速高精度电主轴国产化攻关",
                    "五轴联动加工中心配套电主轴长期依赖进口，交货周期长、维修成本高。需研制最高转速 24000 rpm、"
                            + "径向跳动 ≤ 2 μm 的电主轴，并完成在省内两家整机企业的装机验证。",
                    TechnologyArea.BASIC_COMPONENTS, List.of("电主轴", "五轴", "热误差补偿"),
                    List.of(new TechnicalIndicator("speed", "最高转速", "≥ 24000", "rpm"),
                            new TechnicalIndicator("runout", "径向跳动", "≤ 2", "μm"),
                            new TechnicalIndicator("mtbf", "平均无故障时间", "≥ 2000", "h")),
                    new BigDecimal("800"), "优先推荐首台（套）技术装备认定", "山东省内注册的企业、高校、科研院所，或其牵头的创新联合体",
                    inThreeWeeks, EvaluationCriterion.standard(),
                    List.of(new Evaluator("expert01", "王建国", "山东大学"),
                            new Evaluator("expert03", "张伟", "山东省科学院"),
                            new Evaluator("expert12", "孙海涛", "山东省机械设计研究院"))));
            send(actor("member-sdu"), new SubmitBidCommand(spindle, "demo-bid-sdu", "山东大学", null,
                    "陶瓷球轴承配合油气润滑，建立主轴热误差模型并在线补偿；与济南二机床联合装机验证。",
                    "机械工程学院教授 3 名、博士后 2 名、工程师 6 名", "第 1—6 月样机设计，第 7—14 月试制与台架试验，第 15—18 月装机验证",
                    new BigDecimal("760")));
            send(actor("member-sdiit"), new SubmitBidCommand(spindle, "demo-bid-sdiit", "山东产业技术研究院",
                    new ConsortiumBidder("demo-consortium-spindle", "高端数控机床功能部件创新联合体",
                            List.of("山东产业技术研究院", "济南二机床集团有限公司", "山东省机械设计研究院")),
                    "磁悬浮轴承与永磁同步电机一体化设计，主轴单元模块化，联合体内整机企业同步开发配套接口。",
                    "研究院功能部件团队 12 人，联合体成员单位工程师 10 人", "24 个月，分样机、小批量、装机验证三个阶段",
                    new BigDecimal("795")));
        }
        ChallengeId software = idOf("weichai-engine-calibration-software");
        if (eventStore.lastSequenceNumberFor(software.toString()).isEmpty()) {
            Actor weichai = actor("member-weichai");
            send(weichai, new PostChallengeCommand(software, ClusterId.forPlanCode("weifang-clean-energy-power-equipment"),
                    weichai.organization(), "发动机电控标定基础软件国产化",
                    "发动机电控系统标定软件依赖国外工具链。需开发支持 XCP/CCP 协议、可离线标定与数据分析的标定软件，"
                            + "在潍柴两款机型上完成标定验证。",
                    TechnologyArea.BASIC_SOFTWARE, List.of("标定", "XCP", "电控"),
                    List.of(new TechnicalIndicator("protocols", "支持协议", "XCP on CAN/Ethernet、CCP", null),
                            new TechnicalIndicator("latency", "测量数据刷新周期", "≤ 1", "ms")),
                    new BigDecimal("500"), null, "具备汽车电子软件开发能力的企业、高校或科研院所",
                    inThreeWeeks.plus(Duration.ofDays(14)), EvaluationCriterion.standard(),
                    List.of(new Evaluator("expert02", "李秀英", "中国海洋大学"),
                            new Evaluator("expert04", "刘洋", "齐鲁工业大学"),
                            new Evaluator("expert08", "黄磊", "济南大学"))));
        }
        log.info("Demo challenges are in place");
    }

    private Actor actor(String username) {
        try {
            Optional<UserAccountView> account = queries.query(new FindUserAccountQuery(username),
                    ResponseTypes.optionalInstanceOf(UserAccountView.class)).get(10, TimeUnit.SECONDS);
            UserAccountView a = account.orElseThrow(() -> new IllegalStateException("no demo account " + username));
            return new Actor(a.userAccountId().toString(), a.username(), a.displayName(), a.role(), a.clusterIds(),
                    a.city(), a.organization());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the demo account " + username, e);
        }
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }
}
