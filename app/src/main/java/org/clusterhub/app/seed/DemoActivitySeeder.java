package org.clusterhub.app.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ChainPosition;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo activities, created at first start of the demo profile through commands, each sent as the person who would
 * send it, so that the calendar, the door screen and the figures are not empty: a matchmaking fair three weeks ago
 * with registrations, check-ins, meetings and outcomes (written in the past by setting Axon's event clock back, as
 * {@link DemoProjectSeeder} does); a matchmaking session that starts in an hour (check-in is open); a training next
 * week that requires approval; an online exhibition next month. Dates are relative to the first start; ids derive
 * from stable codes, so later starts send nothing.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "clusterhub.seed.demo-activities", havingValue = "true")
class DemoActivitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivitySeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ClusterId RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final MessageSource messages;
    private Map<String, DemoAccountSeeder.DemoAccount> accounts = Map.of();

    DemoActivitySeeder(CommandGateway commands, EventStore eventStore, MessageSource messages) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    static ActivityId demoId(String code) {
        return new ActivityId(UUID.nameUUIDFromBytes(("activity:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts = new HashMap<>();
        DemoAccountSeeder.accounts(PlanSeeder.readPlan(), messages).forEach(a -> accounts.put(a.username(), a));
        int created = 0;
        try {
            created += pastFair() ? 1 : 0;
            created += startingSoon() ? 1 : 0;
            created += training() ? 1 : 0;
            created += exhibition() ? 1 : 0;
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        log.info("Demo activities: 4 defined, {} created now", created);
    }

    private boolean exists(ActivityId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }

    /** The fair of three weeks ago: everything that happens around one, each step at its own time. */
    private boolean pastFair() {
        ActivityId id = demoId("rail-fair");
        if (exists(id)) {
            return false;
        }
        LocalDate day = LocalDate.now(SHANGHAI).minusWeeks(3);
        Instant start = at(day, 9, 0);
        clockAt(start.minus(Duration.ofDays(30)));
        send("staff01", new PlanActivityCommand(id, RAIL, ActivityKind.MATCHMAKING, "轨道交通装备产业链供需对接会",
                "整车企业与关键零部件、新材料企业及高校院所面对面对接，设 1:1 洽谈。", City.QINGDAO,
                "青岛国际会议中心 3号厅", false, start, at(day, 17, 0), 60, start.minus(Duration.ofDays(30)),
                at(day.minusDays(1), 18, 0), false, List.of(new CoOrganizer(CoOrganizerKind.INSTITUTE, "山东大学"),
                new CoOrganizer(CoOrganizerKind.CITY, "青岛市工业和信息化局")), 12, 30, null));
        send("staff01", new PublishActivityCommand(id));
        clockAt(start.minus(Duration.ofDays(20)));
        Map<String, RegistrationId> people = new HashMap<>();
        people.put("weichai", register(id, "member-weichai", "潍柴动力股份有限公司", City.WEIFANG, "刘洋"));
        people.put("sdu", register(id, "member-sdu", "山东大学", City.JINAN, "陈静"));
        people.put("sdiit", register(id, "member-sdiit", "山东产业技术研究院", City.JINAN, "赵磊"));
        people.put("platform", register(id, "member-platform", "青岛工业互联网公共服务平台", City.QINGDAO, "孙婷"));
        String[][] others = {{"中车青岛四方机车车辆股份有限公司", "王强"}, {"青岛海尔智能技术研发有限公司", "李娜"},
                {"山东博特精工股份有限公司", "周杰"}, {"青岛四方阿尔斯通铁路运输设备有限公司", "吴敏"},
                {"山东鲁阳节能材料股份有限公司", "郑浩"}, {"青岛征和工业股份有限公司", "冯雪"}};
        for (String[] other : others) {
            people.put(other[0], registerByStaff(id, other[0], City.QINGDAO, other[1]));
        }
        clockAt(start.minus(Duration.ofDays(5)));
        profile(id, "member-weichai", people.get("weichai"), List.of("轨道车辆动力总成", "大功率柴油机"),
                List.of("减振降噪材料", "工业互联网平台"), List.of("轨道交通", "动力"), ChainPosition.CHAIN_LEADER);
        profile(id, "member-sdu", people.get("sdu"), List.of("高分子减振材料", "疲劳寿命试验"),
                List.of("整车试验平台"), List.of("新材料", "轨道交通"), ChainPosition.SUPPORT);
        profile(id, "member-platform", people.get("platform"), List.of("工业互联网平台 设备远程运维"),
                List.of("轨道交通 装备数据"), List.of("工业互联网"), ChainPosition.SUPPORT);
        profile(id, "member-sdiit", people.get("sdiit"), List.of("中试验证 技术转移"), List.of("动力总成 试验需求"),
                List.of("动力", "中试"), ChainPosition.SUPPORT);
        MeetingId m1 = meeting(id, "member-weichai", people.get("weichai"), people.get("sdu"), "减振降噪材料合作");
        MeetingId m2 = meeting(id, "member-weichai", people.get("weichai"), people.get("platform"), "远程运维平台");
        MeetingId m3 = meeting(id, "member-sdiit", people.get("sdiit"), people.get("weichai"), "动力总成中试");
        MeetingId m4 = meeting(id, "member-sdu", people.get("sdu"), people.get("platform"), "试验数据上云");
        respond(id, "member-sdu", m1, true);
        respond(id, "member-platform", m2, true);
        respond(id, "member-weichai", m3, true);
        respond(id, "member-platform", m4, false);
        clockAt(start.minus(Duration.ofDays(1)));
        send("staff01", new BuildMeetingScheduleCommand(id));
        clockAt(start.minus(Duration.ofMinutes(40)));
        int n = 0;
        for (Map.Entry<String, RegistrationId> person : people.entrySet()) {
            if (n++ < people.size() - 2) {
                clockAt(start.minus(Duration.ofMinutes(40 - n * 3L)));
                checkIn(id, person.getValue());
            }
        }
        clockAt(at(day, 16, 30));
        outcome(id, "member-sdu", m1, people.get("sdu"), MeetingOutcome.CONTRACT_SIGNED, new BigDecimal("1200000"));
        outcome(id, "member-weichai", m1, people.get("weichai"), MeetingOutcome.CONTRACT_SIGNED,
                new BigDecimal("1200000"));
        outcome(id, "member-platform", m2, people.get("platform"), MeetingOutcome.INTENTION, null);
        GenericEventMessage.clock = Clock.systemUTC();
        return true;
    }

    private boolean startingSoon() {
        ActivityId id = demoId("rail-session-today");
        if (exists(id)) {
            return false;
        }
        Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        send("staff01", new PlanActivityCommand(id, RAIL, ActivityKind.MATCHMAKING, "轨道交通装备配套企业专场对接（今日）",
                "配套企业专场：现场签到演示。", City.QINGDAO, "青岛国际会展中心 A2馆", false, start,
                start.plus(Duration.ofHours(4)), 40, Instant.now().minus(Duration.ofDays(1)), start, false,
                List.of(), 8, 20, null));
        send("staff01", new PublishActivityCommand(id));
        register(id, "member-weichai", "潍柴动力股份有限公司", City.WEIFANG, "刘洋");
        register(id, "member-sdu", "山东大学", City.JINAN, "陈静");
        register(id, "member-platform", "青岛工业互联网公共服务平台", City.QINGDAO, "孙婷");
        return true;
    }

    private boolean training() {
        ActivityId id = demoId("rail-digital-training");
        if (exists(id)) {
            return false;
        }
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(9);
        send("staff01", new PlanActivityCommand(id, RAIL, ActivityKind.TRAINING, "轨道交通装备企业数字化转型培训",
                "面向中小配套企业的智能制造诊断与数字化改造实务。", City.JINAN, "山东产业技术研究院 报告厅", false,
                at(day, 9, 0), at(day, 16, 30), 3, Instant.now().minus(Duration.ofDays(1)),
                at(day.minusDays(2), 18, 0), true,
                List.of(new CoOrganizer(CoOrganizerKind.INSTITUTE, "山东产业技术研究院")), 0, 0, null));
        send("staff01", new PublishActivityCommand(id));
        register(id, "member-sdiit", "山东产业技术研究院", City.JINAN, "赵磊");
        return true;
    }

    private boolean exhibition() {
        ActivityId id = demoId("rail-online-expo");
        if (exists(id)) {
            return false;
        }
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(24);
        send("staff01", new PlanActivityCommand(id, RAIL, ActivityKind.EXHIBITION, "轨道交通装备网络化展销周",
                "线上展台与直播推介，面向“一带一路”沿线采购商。", City.QINGDAO, null, true, at(day, 9, 0),
                at(day.plusDays(4), 17, 0), 500, Instant.now().minus(Duration.ofDays(1)), at(day.plusDays(3), 12, 0),
                false, List.of(new CoOrganizer(CoOrganizerKind.ABROAD, "中欧班列（齐鲁号）海外仓合作伙伴")), 0, 0, null));
        send("staff01", new PublishActivityCommand(id));
        return true;
    }

    private RegistrationId register(ActivityId id, String username, String organization, City city, String name) {
        RegistrationId registration = RegistrationId.of(UUID.nameUUIDFromBytes((id + ":" + username + ":" + name)
                .getBytes(StandardCharsets.UTF_8)).toString());
        send(username, new RegisterForActivityCommand(id, registration, organization, city, name, null));
        return registration;
    }

    private RegistrationId registerByStaff(ActivityId id, String organization, City city, String name) {
        RegistrationId registration = RegistrationId.of(UUID.nameUUIDFromBytes((id + ":" + organization + ":" + name)
                .getBytes(StandardCharsets.UTF_8)).toString());
        send("staff01", new RegisterForActivityCommand(id, registration, organization, city, name, null));
        return registration;
    }

    private void profile(ActivityId id, String username, RegistrationId registration, List<String> offers,
                         List<String> seeks, List<String> tags, ChainPosition position) {
        send(username, new PostMatchmakingProfileCommand(id, registration, offers, seeks, java.util.Set.copyOf(tags),
                position, null, RAIL));
    }

    private MeetingId meeting(ActivityId id, String username, RegistrationId from, RegistrationId to, String message) {
        MeetingId meeting = MeetingId.of(UUID.nameUUIDFromBytes((id + ":" + from + ":" + to)
                .getBytes(StandardCharsets.UTF_8)).toString());
        send(username, new RequestMeetingCommand(id, meeting, from, to, message));
        return meeting;
    }

    private void respond(ActivityId id, String username, MeetingId meeting, boolean accept) {
        send(username, new RespondToMeetingRequestCommand(id, meeting, accept));
    }

    private void checkIn(ActivityId id, RegistrationId registration) {
        String code = eventStore.readEvents(id.toString()).asStream().map(e -> e.getPayload())
                .filter(ActivityRegistrationAcceptedEvent.class::isInstance)
                .map(ActivityRegistrationAcceptedEvent.class::cast)
                .filter(e -> e.registrationId().equals(registration)).map(ActivityRegistrationAcceptedEvent::checkInCode)
                .findFirst().orElseThrow();
        send("staff01", new CheckInAttendeeCommand(id, code));
    }

    private void outcome(ActivityId id, String username, MeetingId meeting, RegistrationId side, MeetingOutcome outcome,
                         BigDecimal value) {
        send(username, new RecordMeetingOutcomeCommand(id, meeting, side, outcome, value, null));
    }

    private static void clockAt(Instant moment) {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), moment));
    }

    private void send(String username, Object command) {
        DemoAccountSeeder.DemoAccount account = accounts.get(username);
        Actor actor = new Actor(UserAccountId.forUsername(username).toString(), username, account.displayName(),
                account.role(), account.clusterIds(), account.city(), account.organization());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)),
                30, TimeUnit.SECONDS);
    }
}
