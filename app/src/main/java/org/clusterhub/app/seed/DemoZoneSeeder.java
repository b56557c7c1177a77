package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.AcceptZoneIndicatorValueCommand;
import org.clusterhub.zone.api.AddZoneTaskCommand;
import org.clusterhub.zone.api.QuestionZoneIndicatorValueCommand;
import org.clusterhub.zone.api.ReportZoneIndicatorValueCommand;
import org.clusterhub.zone.api.ReportZoneTaskProgressCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo monitoring of the zones, demo profile only, through commands sent as the people who would send them: the
 * indicators the cities define (Jinan's 70 % is the plan's; the others are the demo's own examples of what a city
 * would set: digital workshops, smart factories, 专精特新 enterprises), a few reported years and quarters, one value
 * accepted and one questioned, and task lists with progress. A zone that has more than its registration in the store
 * is left alone, so later starts send nothing. Values are illustrative, not official statistics.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "clusterhub.seed.demo-zones", havingValue = "true")
class DemoZoneSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoZoneSeeder.class);
    private static final String SHARE = "先进制造业主营业务收入占规模以上工业比重";

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Map<String, DemoAccount> accounts;

    DemoZoneSeeder(CommandGateway commands, EventStore eventStore, MessageSource messages) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.accounts = DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).stream()
                .collect(Collectors.toMap(DemoAccount::username, Function.identity()));
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = 0;
        ZoneId jinan = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone");
        if (untouched(jinan)) {
            Actor city = actor("coord-jinan");
            List<String> reports = List.of(
                    report(jinan, city, SHARE, "2021", "61.2", "济南市统计局《2021年国民经济和社会发展统计公报》"),
                    report(jinan, city, SHARE, "2022", "63.5", "济南市统计局年报"),
                    report(jinan, city, SHARE, "2023", "65.9", "济南市统计局年报"),
                    report(jinan, city, SHARE, "2024", "68.0", "济南市统计局年报"),
                    report(jinan, city, SHARE, "2025", "70.4", "济南市统计局年度快报"));
            send(actor("supervisor"), new AcceptZoneIndicatorValueCommand(jinan, reports.get(3), "与统计年鉴一致"));
            send(actor("supervisor"), new QuestionZoneIndicatorValueCommand(jinan, reports.get(4),
                    "快报口径是否已剔除2025年新纳统企业？请说明。"));
            task(jinan, city, "黄河流域先进制造业高质量发展高地建设方案编制", List.of("济南市工业和信息化局"),
                    "2024-01-01", "2024-12-31", 100, "方案已印发");
            task(jinan, city, "“人工智能+”制造场景开放（首批50个）", List.of("济南市工业和信息化局", "浪潮集团"),
                    "2025-01-01", "2026-06-30", 60, "已发布32个场景");
            seeded++;
        }
        ZoneId weifang = ZoneId.forPlanCode("weifang-manufacturing-pilot-zone");
        if (untouched(weifang)) {
            Actor city = actor("coord-weifang");
            targets(weifang, City.WEIFANG, List.of(new ZoneTarget("省级以上数字化车间和智能工厂数量",
                    "Provincial-level digital workshops and smart factories", ">=", new BigDecimal("300"), "个", 2027)));
            report(weifang, city, "省级以上数字化车间和智能工厂数量", "2023", "142", "潍坊市工信局认定名单");
            report(weifang, city, "省级以上数字化车间和智能工厂数量", "2024", "188", "潍坊市工信局认定名单");
            report(weifang, city, "省级以上数字化车间和智能工厂数量", "2025-Q3", "231", "潍坊市工信局认定名单");
            task(weifang, city, "“先进动力+交通装备”重点工程", List.of("潍柴动力股份有限公司", "潍坊市工业和信息化局"),
                    "2023-01-01", "2026-12-31", 70, "国际配套产业园二期投产");
            task(weifang, city, "“智慧农机+无人农场”重点工程", List.of("潍柴雷沃智慧农业科技股份有限公司"),
                    "2023-06-01", "2025-12-31", 80, "无人农场示范面积扩大到3万亩");
            seeded++;
        }
        ZoneId jining = ZoneId.forPlanCode("jining-resource-city-transformation-pilot-zone");
        if (untouched(jining)) {
            Actor city = actor("coord-jining");
            targets(jining, City.JINING, List.of(new ZoneTarget("省级以上专精特新中小企业数量",
                    "Provincial-level specialized and innovative SMEs", ">=", new BigDecimal("800"), "家", 2027)));
            report(jining, city, "省级以上专精特新中小企业数量", "2022", "410", "山东省工信厅公布名单");
            report(jining, city, "省级以上专精特新中小企业数量", "2024", "486", "山东省工信厅公布名单");
            task(jining, city, "工程机械先进制造业基地二期", List.of("山推工程机械股份有限公司"), "2024-03-01",
                    "2025-10-31", 55, "主体厂房完工");
            seeded++;
        }
        log.info("Demo zone monitoring: {} zones seeded now", seeded);
    }

    private boolean untouched(ZoneId zone) {
        return eventStore.lastSequenceNumberFor(zone.toString()).map(sequence -> sequence == 0).orElse(false);
    }

    private void targets(ZoneId zone, City city, List<ZoneTarget> targets) {
        send(actor("coord-" + city.name().toLowerCase(java.util.Locale.ROOT)),
                new SetZoneTargetsCommand(zone, city, targets, "市级创建方案设定的监测指标", null));
    }

    private String report(ZoneId zone, Actor city, String indicator, String period, String value, String source) {
        String reportId = UUID.randomUUID().toString();
        send(city, new ReportZoneIndicatorValueCommand(zone, city.city(), reportId, indicator, period,
                new BigDecimal(value), source));
        return reportId;
    }

    private void task(ZoneId zone, Actor city, String title, List<String> owners, String start, String due,
                      int percent, String note) {
        String taskId = UUID.randomUUID().toString();
        send(city, new AddZoneTaskCommand(zone, city.city(), taskId, title, owners, LocalDate.parse(start),
                LocalDate.parse(due)));
        send(city, new ReportZoneTaskProgressCommand(zone, city.city(), taskId, percent, note));
    }

    private Actor actor(String username) {
        DemoAccount account = accounts.get(username);
        if (account == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                10, TimeUnit.SECONDS);
    }
}
