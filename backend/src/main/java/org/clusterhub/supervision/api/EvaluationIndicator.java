package org.clusterhub.supervision.api;

import java.util.List;

/**
 * The indicators of a promotion organization's activity (促进组织活跃度), each computed from the platform's own events
 * and traceable to them. Adding one is one constant here, one rule in the projection that turns its event into a
 * fact ({@code OrganizationActivityProjection}), and its name in the message bundle ({@code evaluation.indicator.*}).
 *
 * @see <a href="../../../../../../../../docs/decisions/015-organization-activity-evaluation.md">ADR 015</a>
 */
public enum EvaluationIndicator {
    /** 立项: projects of the cluster approved into the project library; the amount is their approved budget. */
    PROJECTS_APPROVED(IndicatorMeasure.EVENTS_IN_PERIOD, AmountUnit.TEN_THOUSAND_YUAN, List.of()),
    /** 验收通过: projects whose acceptance passed (with or without conditions). */
    PROJECTS_ACCEPTED(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** 结项: projects closed after their performance assessment. */
    PROJECTS_CLOSED(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** 创新联合体组建: consortia whose founding agreement was signed. */
    CONSORTIA_FOUNDED(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** 揭榜挂帅: challenges whose winner was chosen and published. */
    CHALLENGES_RESOLVED(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** Challenges whose result passed acceptance against the technical indicators. */
    CHALLENGES_DELIVERED(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** Published activities that took place (started in the period, over, never cancelled), by kind. */
    ACTIVITIES_HELD(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of(FactBreakdown.KIND)),
    /** People checked in at the cluster's activities. */
    ATTENDANCE(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** Matchmaking meetings for which an outcome was recorded (by either side; each meeting once). */
    MATCHMAKING_OUTCOMES(IndicatorMeasure.EVENTS_IN_PERIOD, null, List.of()),
    /** Member organizations of the cluster at the end of the period, by kind and by city. */
    MEMBER_ORGANIZATIONS(IndicatorMeasure.STANDING_AT_END, null, List.of(FactBreakdown.KIND, FactBreakdown.CITY)),
    /**
     * 奖补资金使用: tranches of grants to the cluster's projects and organizations paid out in the period; the amount
     * is what was paid, by recipient kind (project or organization).
     */
    SUBSIDY_PAID(IndicatorMeasure.EVENTS_IN_PERIOD, AmountUnit.TEN_THOUSAND_YUAN, List.of(FactBreakdown.KIND));

    private final IndicatorMeasure measure;
    private final AmountUnit amountUnit;
    private final List<FactBreakdown> breakdowns;

    EvaluationIndicator(IndicatorMeasure measure, AmountUnit amountUnit, List<FactBreakdown> breakdowns) {
        this.measure = measure;
        this.amountUnit = amountUnit;
        this.breakdowns = breakdowns;
    }

    public IndicatorMeasure measure() {
        return measure;
    }

    /** The unit of the amount its facts carry (summed with the count), or null when they carry none. */
    public AmountUnit amountUnit() {
        return amountUnit;
    }

    /** How its figure is broken down besides the total. */
    public List<FactBreakdown> breakdowns() {
        return breakdowns;
    }
}
