package org.clusterhub.ui.supervision.facts;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.supervision.api.BreakdownCount;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.FactBreakdown;
import org.clusterhub.supervision.api.IndicatorFigure;
import org.clusterhub.ui.activity.detail.ActivityDetailNavigation;
import org.clusterhub.ui.challenge.detail.ChallengeDetailNavigation;
import org.clusterhub.ui.cluster.detail.ClusterDetailNavigation;
import org.clusterhub.ui.consortium.detail.ConsortiumDetailNavigation;
import org.clusterhub.ui.project.detail.ProjectDetailNavigation;
import org.clusterhub.ui.project.replay.ProjectReplayNavigation;
import org.clusterhub.ui.supervision.programme.ProgrammeNavigation;
import org.clusterhub.ui.support.Texts;

/**
 * How the evaluation screens show an indicator, its figure, its breakdown and a period, and where an aggregate behind a
 * figure lives: shared by the evaluation page, the change report and the drill-down.
 */
public final class IndicatorTexts {

    private IndicatorTexts() {
    }

    public static String name(Component c, EvaluationIndicator indicator) {
        return c.getTranslation("evaluation.indicator." + indicator.name());
    }

    /** {@code 2}, or {@code 2 · 450.00 万元} for an indicator with an amount (none is shown for nothing counted). */
    public static String figure(Component c, IndicatorFigure figure) {
        return figure(c, figure.indicator(), figure.count(), figure.amount());
    }

    public static String figure(Component c, EvaluationIndicator indicator, long count, BigDecimal amount) {
        String text = NumberFormat.getIntegerInstance(Texts.locale()).format(count);
        if (indicator.amountUnit() != null && amount != null && count > 0) {
            text += " · " + amount(c, indicator, amount);
        }
        return text;
    }

    public static String amount(Component c, EvaluationIndicator indicator, BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + c.getTranslation("evaluation.unit." + indicator.amountUnit().name());
    }

    /** {@code 企业 2、科研院所 1；青岛市 3}: each breakdown of the figure, biggest part first. */
    public static String breakdown(Component c, IndicatorFigure figure) {
        return figure.indicator().breakdowns().stream()
                .map(dimension -> figure.breakdown().stream().filter(p -> p.breakdown() == dimension)
                        .map(part -> part(c, dimension, part.key()) + " " + part.count())
                        .collect(Collectors.joining(Texts.listSeparator())))
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining(Texts.english() ? "; " : "；"));
    }

    public static String part(Component c, BreakdownCount part) {
        return part(c, part.breakdown(), part.key());
    }

    /** A part of a breakdown by its key: a city's name, or a kind's (organization, activity, meeting outcome). */
    public static String part(Component c, FactBreakdown breakdown, String key) {
        if (breakdown == FactBreakdown.CITY) {
            return c.getTranslation("city." + key);
        }
        return value(c, key);
    }

    /** A coded value (an enum name) in the reader's language where the bundles know it, else as it is. */
    public static String value(Component c, String key) {
        if (key == null) {
            return "";
        }
        String translated = c.getTranslation("value." + key);
        return translated.startsWith("!") ? key : translated;
    }

    public static String period(Component c, EvaluationPeriod period) {
        return c.getTranslation("evaluation.period", period.from().toString(), period.to().toString());
    }

    /** Where an aggregate's page is, by the type Axon recorded; null for a kind without one. */
    public static String pageOf(String aggregateType, String aggregateId) {
        return switch (Objects.toString(aggregateType, "")) {
            case "Project" -> ProjectDetailNavigation.path(ProjectId.of(aggregateId));
            case "Consortium" -> ConsortiumDetailNavigation.location(ConsortiumId.of(aggregateId));
            case "Challenge" -> ChallengeDetailNavigation.location(ChallengeId.of(aggregateId));
            case "Activity" -> ActivityDetailNavigation.location(
                    org.clusterhub.activity.api.ActivityId.of(aggregateId));
            case "Cluster" -> ClusterDetailNavigation.ROUTE + "/" + aggregateId;
            case "FundingProgramme" -> ProgrammeNavigation.path(FundingProgrammeId.of(aggregateId));
            default -> null;
        };
    }

    /** Where an aggregate's replay is, for the kinds that have one; null otherwise. */
    public static String replayOf(String aggregateType, String aggregateId) {
        return "Project".equals(aggregateType) ? ProjectReplayNavigation.path(ProjectId.of(aggregateId)) : null;
    }
}
