package org.clusterhub.consortium.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.*;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.ActorMetaData;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;

/** A consortium of the Weifang power-equipment cluster, led by an engine maker, and the people who act on it. */
final class ConsortiumTestData {

    static final ConsortiumId ID = ConsortiumId.of("7d1e2f30-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    static final ClusterId CLUSTER = ClusterId.forPlanCode("weifang-clean-energy-power-equipment");
    static final ClusterId OTHER_CLUSTER = ClusterId.forPlanCode("cnc-machine-tools");

    static final String LEAD = "潍柴动力股份有限公司";
    static final String UNIVERSITY = "山东大学";
    static final String INSTITUTE = "山东产业技术研究院";
    static final String OUTSIDER = "上海交通大学";
    static final String APPLICANT = "青岛工业互联网公共服务平台";
    static final String LEAD_CODE = code("91370700", "16310678");
    static final String UNIVERSITY_CODE = code("12370000", "49557196");
    static final String INSTITUTE_CODE = code("52370100", "MA3C8N2X");
    static final String OUTSIDER_CODE = code("12310000", "42500212");
    static final String APPLICANT_CODE = code("91370200", "MA3R4T5U");

    static final Actor LEAD_MEMBER = member("u-lead", "chenjie", LEAD, City.WEIFANG);
    static final Actor UNIVERSITY_MEMBER = member("u-sdu", "liuyang", UNIVERSITY, City.JINAN);
    static final Actor INSTITUTE_MEMBER = member("u-sdiit", "zhaomin", INSTITUTE, City.JINAN);
    static final Actor APPLICANT_MEMBER = member("u-platform", "sunhai", APPLICANT, City.QINGDAO);
    static final Actor STAFF = new Actor("u-staff", "staff11", "推进机构", Role.PROMOTION_STAFF,
            Set.of(CLUSTER.toString()), City.WEIFANG, "潍坊市动力装备产业协会");
    static final Actor OTHER_STAFF = new Actor("u-staff07", "staff07", "别的推进机构", Role.PROMOTION_STAFF,
            Set.of(OTHER_CLUSTER.toString()), City.JINAN, "济南数控机床产业联盟");
    static final Actor SUPERVISOR = new Actor("u-sup", "supervisor", "督导员", Role.SUPERVISOR, Set.of(), City.JINAN,
            "山东省工业和信息化厅");

    static final Commitment LEAD_COMMITMENT = new Commitment(30, "台架试验平台 4 套", new BigDecimal("12000000.00"),
            new BigDecimal("50000000.00"));
    static final Commitment UNIVERSITY_COMMITMENT = new Commitment(12, null, new BigDecimal("0.00"),
            new BigDecimal("2000000.00"));

    private ConsortiumTestData() {
    }

    static MetaData as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    private static Actor member(String id, String username, String organization, City city) {
        return new Actor(id, username, username, Role.MEMBER, Set.of(), city, organization);
    }

    /** A valid unified social credit code from its registration prefix and organization code. */
    static String code(String prefix8, String organization9Minus1) {
        String first17 = prefix8 + organization9Minus1 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static ProposeConsortiumCommand propose() {
        return new ProposeConsortiumCommand(ID, CLUSTER, " 高效清洁动力创新联合体 ", TechnologyArea.BASIC_COMPONENTS,
                List.of("燃料电池", "高压共轨", "燃料电池"), "突破高效清洁发动机关键零部件，建设共享中试平台。",
                List.of("内燃机可靠性国家重点实验室", "共享中试基地"), LEAD, LEAD_CODE, OrganizationKind.ENTERPRISE,
                LEAD_COMMITMENT);
    }

    static ConsortiumProposedEvent proposed() {
        return new ConsortiumProposedEvent(ID, CLUSTER, "高效清洁动力创新联合体", TechnologyArea.BASIC_COMPONENTS,
                List.of("燃料电池", "高压共轨"), "突破高效清洁发动机关键零部件，建设共享中试平台。",
                List.of("内燃机可靠性国家重点实验室", "共享中试基地"), LEAD, LEAD_CODE, OrganizationKind.ENTERPRISE,
                LEAD_COMMITMENT);
    }

    static InviteOrganizationCommand inviteUniversity(boolean required) {
        return new InviteOrganizationCommand(ID, UNIVERSITY, UNIVERSITY_CODE, OrganizationKind.UNIVERSITY,
                MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, required);
    }

    static OrganizationInvitedEvent universityInvited(boolean required) {
        return new OrganizationInvitedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, OrganizationKind.UNIVERSITY,
                MemberOrigin.OTHER_CLUSTER, null, MemberRole.CORE, required);
    }

    static OrganizationInvitedEvent instituteInvited(boolean required) {
        return new OrganizationInvitedEvent(ID, INSTITUTE, INSTITUTE_CODE, OrganizationKind.RESEARCH_INSTITUTE,
                MemberOrigin.SAME_CLUSTER, null, MemberRole.PARTICIPANT, required);
    }

    static InvitationAcceptedEvent universityAccepted() {
        return new InvitationAcceptedEvent(ID, UNIVERSITY, UNIVERSITY_CODE, MemberRole.CORE, UNIVERSITY_COMMITMENT);
    }

    static InvitationAcceptedEvent instituteAccepted() {
        return new InvitationAcceptedEvent(ID, INSTITUTE, INSTITUTE_CODE, MemberRole.PARTICIPANT, Commitment.none());
    }

    /** Proposed, both invited as required, both accepted: founded. */
    static List<Object> founded() {
        return List.of(proposed(), universityInvited(true), instituteInvited(true), universityAccepted(),
                instituteAccepted(), new FoundingAgreementSignedEvent(ID, List.of(LEAD, UNIVERSITY, INSTITUTE)));
    }
}
