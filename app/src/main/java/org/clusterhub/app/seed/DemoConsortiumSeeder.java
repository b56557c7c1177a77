package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.app.seed.DemoAccountSeeder.DemoAccount;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.*;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo consortia, created at first start of the demo profile through commands, each sent as the person who would send
 * it: a registered consortium of the Weifang power-equipment cluster led by 潍柴动力 (with an open invitation to an
 * organization outside Shandong and a pending application), and a consortium of the Jinan 信创 cluster led by 山东大学
 * that still waits for 潍柴动力's answer, so that {@code member-weichai} has an invitation to answer. Ids derive from
 * stable codes: a consortium that exists is left alone.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "clusterhub.seed.demo-consortia", havingValue = "true")
class DemoConsortiumSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConsortiumSeeder.class);

    /** The demo organizations' unified social credit codes (made up, with a valid check character). */
    static final String WEICHAI_CODE = code("91370700", "16310678");
    static final String SDU_CODE = code("12370000", "49557196");
    static final String SDIIT_CODE = code("52370100", "MA3C8N2X");
    static final String PLATFORM_CODE = code("91370200", "MA3R4T5U");
    static final String SJTU_CODE = code("12100000", "42500212");

    static final ConsortiumId POWER = ConsortiumId.forSeedCode("weichai-clean-power");
    static final ConsortiumId SOFTWARE = ConsortiumId.forSeedCode("sdu-industrial-software");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final MessageSource messages;

    DemoConsortiumSeeder(CommandGateway commands, EventStore eventStore, MessageSource messages) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    static String code(String prefix8, String organization8) {
        String first17 = prefix8 + organization8 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, DemoAccount> accounts = new HashMap<>();
        DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).forEach(a -> accounts.put(a.username(), a));
        int created = 0;
        if (!exists(POWER)) {
            seedPowerConsortium(accounts);
            created++;
        }
        if (!exists(SOFTWARE)) {
            seedSoftwareConsortium(accounts);
            created++;
        }
        log.info("Demo consortia: 2 defined, {} created now", created);
    }

    private void seedPowerConsortium(Map<String, DemoAccount> accounts) {
        Actor weichai = actor(accounts, "member-weichai");
        send(weichai, new ProposeConsortiumCommand(POWER,
                ClusterId.forPlanCode("weifang-clean-energy-power-equipment"), "高效清洁动力关键零部件创新联合体",
                TechnologyArea.BASIC_COMPONENTS, List.of("高压共轨", "燃料电池", "后处理系统"),
                "围绕高效清洁发动机与燃料电池动力系统，联合攻关高压共轨喷油系统、电控单元和后处理系统等关键零部件，"
                        + "共建中试验证平台和人才实训基地，推动成果在集群内首台套应用。",
                List.of("内燃机可靠性国家重点实验室", "清洁动力中试验证平台", "动力装备人才实训基地"),
                "潍柴动力股份有限公司", WEICHAI_CODE, OrganizationKind.ENTERPRISE,
                new Commitment(60, "发动机台架试验平台 8 套", yuan("36000000"), yuan("80000000"))));
        send(weichai, new InviteOrganizationCommand(POWER, "山东大学", SDU_CODE, OrganizationKind.UNIVERSITY,
                MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        send(weichai, new InviteOrganizationCommand(POWER, "山东产业技术研究院", SDIIT_CODE,
                OrganizationKind.RESEARCH_INSTITUTE, MemberOrigin.SAME_CLUSTER, null, MemberRole.CORE, true));
        send(weichai, new InviteOrganizationCommand(POWER, "上海交通大学", SJTU_CODE, OrganizationKind.UNIVERSITY,
                MemberOrigin.OUTSIDE_REGION, "上海市", MemberRole.PARTICIPANT, false));
        send(actor(accounts, "member-sdu"), new AcceptInvitationCommand(POWER, SDU_CODE,
                new Commitment(25, "燃烧诊断与排放分析设备", yuan("5200000"), yuan("6000000"))));
        send(actor(accounts, "member-sdiit"), new AcceptInvitationCommand(POWER, SDIIT_CODE,
                new Commitment(15, null, yuan("0"), yuan("10000000"))));
        send(actor(accounts, "staff11"), new RegisterConsortiumCommand(POWER, "潍动力集群联备〔2026〕1号",
                "已签署组建协议，成员投入承诺齐全。"));
        send(actor(accounts, "member-platform"), new ApplyToJoinCommand(POWER, "青岛工业互联网公共服务平台",
                PLATFORM_CODE, OrganizationKind.PUBLIC_SERVICE_PLATFORM, MemberOrigin.OTHER_CLUSTER, null,
                "为联合体提供设备数据采集与工业互联网标识解析服务。",
                new Commitment(6, "工业互联网标识解析节点", yuan("1500000"), yuan("500000"))));
    }

    private void seedSoftwareConsortium(Map<String, DemoAccount> accounts) {
        Actor sdu = actor(accounts, "member-sdu");
        send(sdu, new ProposeConsortiumCommand(SOFTWARE,
                ClusterId.forPlanCode("information-technology-application-innovation"), "工业基础软件创新联合体",
                TechnologyArea.BASIC_SOFTWARE, List.of("工业实时操作系统", "CAE"),
                "联合攻关工业实时操作系统与仿真分析软件，在动力装备与数控机床企业开展适配验证。",
                List.of("工业软件适配验证中心"), "山东大学", SDU_CODE, OrganizationKind.UNIVERSITY,
                new Commitment(40, "高性能计算集群", yuan("12000000"), yuan("3000000"))));
        send(sdu, new InviteOrganizationCommand(SOFTWARE, "潍柴动力股份有限公司", WEICHAI_CODE,
                OrganizationKind.ENTERPRISE, MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, true));
        send(sdu, new InviteOrganizationCommand(SOFTWARE, "山东产业技术研究院", SDIIT_CODE,
                OrganizationKind.RESEARCH_INSTITUTE, MemberOrigin.SAME_CLUSTER, null, MemberRole.PARTICIPANT, false));
        send(actor(accounts, "member-sdiit"), new AcceptInvitationCommand(SOFTWARE, SDIIT_CODE,
                new Commitment(8, null, yuan("0"), yuan("1000000"))));
    }

    private boolean exists(ConsortiumId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }

    private static Actor actor(Map<String, DemoAccount> accounts, String username) {
        DemoAccount account = accounts.get(username);
        if (account == null) {
            throw new IllegalStateException("no demo account " + username);
        }
        return new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
