package org.clusterhub.zone.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneTarget;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** The Jinan zone as the plan registers it, and a matcher for refusals, shared by the zone's fixture tests. */
final class ZoneFixtures {

    static final ZoneId JINAN = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone");
    static final String SHARE = "先进制造业主营业务收入占规模以上工业比重";
    static final ZoneTarget SHARE_70 = new ZoneTarget(SHARE, "Share of advanced manufacturing", ">=",
            new BigDecimal("70"), "%", 2025);
    static final ZoneRegisteredEvent REGISTERED = new ZoneRegisteredEvent(JINAN, 1, "jinan-yellow-river-pilot-zone",
            "济南黄河流域制造业高质量发展试验区", "Jinan pilot zone", City.JINAN, ZoneKind.PILOT, "目标", null,
            List.of("以智能制造为主攻方向"), List.of(SHARE_70));

    private ZoneFixtures() {
    }

    static Matcher<DomainRuleViolation> violation(String messageKey, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation.messageKey().equals(messageKey) && Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainRuleViolation " + messageKey + " on " + field);
            }
        };
    }
}
