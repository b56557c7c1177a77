package org.clusterhub.app.seed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.IndicatorAssessment;
import org.clusterhub.supervision.api.OpenEvaluationCommand;
import org.clusterhub.supervision.api.SubmitSelfAssessmentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo evaluations, through commands sent as the people who would send them, at first start of the demo profile: the
 * Qingdao rail cluster's promotion staff record six member organizations (so that members by kind and city are not
 * empty), the province opens the year's evaluations of the rail cluster (plan 1) and of the Weifang power-equipment
 * cluster (plan 11), and the rail cluster's staff submit their self-assessment; the province's scoring is left to the
 * person trying the demo. The year is the one of the demo's activity data (three weeks back). Ids derive from the
 * cluster and year: an evaluation that exists is left alone.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "clusterhub.seed.demo-evaluations", havingValue = "true")
class DemoEvaluationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluationSeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");
    static final ClusterId POWER = ClusterId.forPlanCode("weifang-clean-energy-power-equipment");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final MessageSource messages;
    private Map<String, DemoAccount> accounts = Map.of();

    DemoEvaluationSeeder(CommandGateway commands, EventStore eventStore, MessageSource messages) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts = new HashMap<>();
        DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).forEach(a -> accounts.put(a.username(), a));
        LocalDate today = LocalDate.now(SHANGHAI);
        int year = today.minusWeeks(3).getYear();
        int created = 0;
        OpenEvaluationCommand rail = new OpenEvaluationCommand(RAIL, year, today.plusDays(14));
        if (!exists(rail)) {
            railMembers();
            send("supervisor", rail);
            send("staff01", railSelfAssessment(rail));
            created++;
        }
        OpenEvaluationCommand power = new OpenEvaluationCommand(POWER, year, today.plusDays(21));
        if (!exists(power)) {
            send("supervisor", power);
            created++;
        }
        log.info("Demo evaluations of {}: 2 defined, {} created now", year, created);
    }

    private boolean exists(OpenEvaluationCommand command) {
        return eventStore.lastSequenceNumberFor(command.evaluationId().toString()).isPresent();
    }

    private void railMembers() {
        member("中车青岛四方机车车辆股份有限公司", "91370200", "26462843", OrganizationKind.ENTERPRISE, City.QINGDAO,
                ChainPosition.CHAIN_LEADER);
        member("青岛四方阿尔斯通铁路运输设备有限公司", "91370200", "61432581", OrganizationKind.ENTERPRISE, City.QINGDAO,
                ChainPosition.BACKBONE);
        member("山东博特精工股份有限公司", "91370400", "16808942", OrganizationKind.ENTERPRISE, City.ZAOZHUANG,
                ChainPosition.SUPPLIER);
        member("山东大学", DemoConsortiumSeeder.SDU_CODE, OrganizationKind.UNIVERSITY, City.JINAN, ChainPosition.SUPPORT);
        member("山东产业技术研究院", DemoConsortiumSeeder.SDIIT_CODE, OrganizationKind.RESEARCH_INSTITUTE, City.JINAN,
                ChainPosition.SUPPORT);
        member("青岛工业互联网公共服务平台", DemoConsortiumSeeder.PLATFORM_CODE, OrganizationKind.PUBLIC_SERVICE_PLATFORM,
                City.QINGDAO, ChainPosition.SUPPORT);
    }

    private void member(String name, String prefix8, String organization8, OrganizationKind kind, City city,
                        ChainPosition position) {
        member(name, DemoConsortiumSeeder.code(prefix8, organization8), kind, city, position);
    }

    private void member(String name, String creditCode, OrganizationKind kind, City city, ChainPosition position) {
        try {
            send("staff01", new AddMemberOrganizationCommand(RAIL, name, kind, city, position, creditCode, null));
        } catch (CommandExecutionException | DomainRuleViolation alreadyMember) {
            // Someone added it before the demo got here: it is a member either way.
            log.debug("demo member {} not added: {}", name, alreadyMember.getMessage());
        }
    }

    private static SubmitSelfAssessmentCommand railSelfAssessment(OpenEvaluationCommand opened) {
        return new SubmitSelfAssessmentCommand(opened.evaluationId(), List.of(
                new IndicatorAssessment(EvaluationIndicator.ACTIVITIES_HELD,
                        "举办轨道交通装备产业链供需对接会，整车企业与关键零部件、新材料企业及高校院所面对面对接，设 1:1 洽谈。"),
                new IndicatorAssessment(EvaluationIndicator.MATCHMAKING_OUTCOMES,
                        "对接会促成减振降噪材料合作签约，另有远程运维平台合作意向，已安排跟踪服务。"),
                new IndicatorAssessment(EvaluationIndicator.MEMBER_ORGANIZATIONS,
                        "新增高校、科研院所和公共服务平台成员，产学研协同基础进一步夯实。"),
                new IndicatorAssessment(EvaluationIndicator.PROJECTS_APPROVED,
                        "关键零部件国产化配套协作项目已申报，正在评审。")),
                "本年度围绕轨道交通装备产业链强链补链，组织供需对接与人才培训，推动整零协同和产学研合作；"
                        + "下一步将加快公共服务平台建设，扩大高校院所成员覆盖。", 88);
    }

    private void send(String username, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(
                actor(username))), 30, TimeUnit.SECONDS);
    }

    private Actor actor(String username) {
        DemoAccount account = accounts.get(username);
        if (account == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
    }
}
