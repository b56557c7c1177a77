package org.clusterhub.activity.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.clusterhub.activity.api.*;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;

/**
 * One matchmaking activity of the smart farm machinery cluster in Weifang, the people around it, and its history up
 * to each stage. Every test runs on Monday 2 March 2026, 09:00 in Shanghai; the activity is on 20 March, 09:00-17:00.
 */
final class ActivityTestData {

    static final ActivityId ID = ActivityId.of("a1b2c3d4-0000-4000-8000-000000000001");
    static final ActivityId OTHER_ID = ActivityId.of("ffee0011-0000-4000-8000-000000000002");
    static final ClusterId CLUSTER = ClusterId.forPlanCode("smart-agricultural-machinery");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("marine-equipment");

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant STARTS = Instant.parse("2026-03-20T01:00:00Z");
    static final Instant ENDS = Instant.parse("2026-03-20T09:00:00Z");
    static final Instant OPENS = Instant.parse("2026-02-20T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-03-19T10:00:00Z");

    static final String WEICHAI = "潍柴动力股份有限公司";
    static final String SDAU = "山东农业大学";
    static final String LOVOL = "潍柴雷沃智慧农业科技股份有限公司";

    static final Actor STAFF = new Actor("u-staff", "zhangmin", "张敏", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.WEIFANG, "山东省农业机械科学研究院");
    static final Actor OTHER_STAFF = new Actor("u-other", "sunli", "孙丽", Role.PROMOTION_STAFF,
            Set.of(OTHER_CLUSTER.toString()), City.QINGDAO, "青岛海洋装备产业促进会");
    static final Actor SUPERVISOR = new Actor("u-sup", "liwei", "李伟", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");
    static final Actor WEICHAI_MEMBER = new Actor("u-wc", "member-weichai", "刘洋", Role.MEMBER, Set.of(),
            City.WEIFANG, WEICHAI);
    static final Actor SDAU_MEMBER = new Actor("u-sdau", "member-sdau", "陈静", Role.MEMBER, Set.of(), City.TAIAN,
            SDAU);
    static final Actor LOVOL_MEMBER = new Actor("u-lv", "member-lovol", "赵磊", Role.MEMBER, Set.of(), City.WEIFANG,
            LOVOL);

    static final RegistrationId R1 = RegistrationId.of("00000000-0000-4000-8000-0000000000a1");
    static final RegistrationId R2 = RegistrationId.of("00000000-0000-4000-8000-0000000000a2");
    static final RegistrationId R3 = RegistrationId.of("00000000-0000-4000-8000-0000000000a3");
    static final String CODE1 = "A1B2C3-AAAAAA";
    static final String CODE2 = "A1B2C3-BBBBBB";
    static final String CODE3 = "A1B2C3-CCCCCC";
    static final MeetingId M1 = MeetingId.of("00000000-0000-4000-8000-0000000000b1");
    static final MeetingId M2 = MeetingId.of("00000000-0000-4000-8000-0000000000b2");

    private ActivityTestData() {
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static PlanActivityCommand plan(ActivityKind kind, int capacity, boolean approval) {
        return new PlanActivityCommand(ID, CLUSTER, kind, "智能农机产业链供需对接会", "整机与零部件企业对接",
                City.WEIFANG, "潍坊富华国际展览中心", false, STARTS, ENDS, capacity, OPENS, CLOSES, approval,
                List.of(new CoOrganizer(CoOrganizerKind.INSTITUTE, "山东农业大学")), 4, 30, null);
    }

    static ActivityPlannedEvent planned(ActivityKind kind, int capacity, boolean approval) {
        boolean matchmaking = kind == ActivityKind.MATCHMAKING;
        return new ActivityPlannedEvent(ID, CLUSTER, kind, "智能农机产业链供需对接会", "整机与零部件企业对接",
                City.WEIFANG, "潍坊富华国际展览中心", false, STARTS, ENDS, capacity, OPENS, CLOSES, approval,
                List.of(new CoOrganizer(CoOrganizerKind.INSTITUTE, "山东农业大学")), matchmaking ? 4 : 0,
                matchmaking ? 30 : 0, null);
    }

    static ReviseActivityCommand revise(PlanActivityCommand p) {
        return new ReviseActivityCommand(ID, p.title(), p.description(), p.city(), p.venue(), p.online(),
                p.startsAt(), p.endsAt(), p.capacity(), p.registrationOpensAt(), p.registrationClosesAt(),
                p.approvalRequired(), p.coOrganizers(), p.meetingTables(), p.meetingSlotMinutes());
    }

    /** A published matchmaking activity with {@code capacity} seats. */
    static List<Object> published(int capacity) {
        return history(planned(ActivityKind.MATCHMAKING, capacity, false), new ActivityPublishedEvent(ID));
    }

    static ActivityRegistrationAcceptedEvent confirmed(RegistrationId id, String org, String name, String code) {
        return new ActivityRegistrationAcceptedEvent(ID, id, org, City.WEIFANG, name, null, code,
                RegistrationStatus.CONFIRMED);
    }

    /** Two seats, both taken (Weichai, SDAU), and Lovol waiting. */
    static List<Object> fullWithOneWaiting() {
        return history(published(2), confirmed(R1, WEICHAI, "刘洋", CODE1), confirmed(R2, SDAU, "陈静", CODE2),
                new ActivityRegistrationWaitlistedEvent(ID, R3, LOVOL, City.WEIFANG, "赵磊", null, CODE3, 1));
    }

    /** Three confirmed registrants; Weichai asked SDAU for a meeting (M1) and SDAU accepted. */
    static List<Object> acceptedMeeting() {
        return history(published(10), confirmed(R1, WEICHAI, "刘洋", CODE1), confirmed(R2, SDAU, "陈静", CODE2),
                confirmed(R3, LOVOL, "赵磊", CODE3),
                new MeetingRequestedEvent(ID, M1, R1, WEICHAI, R2, SDAU, "谈谈电控系统"),
                new MeetingRequestAcceptedEvent(ID, M1));
    }

    /** A refusal by a business rule with this message key (the key is what screens and the API translate). */
    static org.hamcrest.Matcher<org.clusterhub.shared.DomainRuleViolation> rule(String messageKey) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(org.clusterhub.shared.DomainRuleViolation violation) {
                return messageKey.equals(violation.messageKey());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("DomainRuleViolation " + messageKey);
            }

            @Override
            protected void describeMismatchSafely(org.clusterhub.shared.DomainRuleViolation violation,
                                                  org.hamcrest.Description mismatch) {
                mismatch.appendText("was " + violation.messageKey());
            }
        };
    }

    static List<Object> history(Object first, Object... more) {
        List<Object> events = new ArrayList<>();
        if (first instanceof List<?> list) {
            events.addAll(list);
        } else {
            events.add(first);
        }
        events.addAll(Arrays.asList(more));
        return events;
    }
}
