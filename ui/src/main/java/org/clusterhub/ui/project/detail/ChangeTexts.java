package org.clusterhub.ui.project.detail;

import org.clusterhub.project.api.ParticipantRemovedEvent;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterhub.project.api.SectionsAssignedEvent;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.clusterhub.project.api.BudgetLineRemovedEvent;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorRemovedEvent;
import org.clusterhub.project.api.IndicatorRevisedEvent;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.MilestoneRemovedEvent;
import org.clusterhub.project.api.MilestoneRevisedEvent;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectOverviewRevisedEvent;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectSectionRevisedEvent;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RemoveBudgetLineCommand;
import org.clusterhub.project.api.RemoveIndicatorCommand;
import org.clusterhub.project.api.RemoveMilestoneCommand;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.project.api.ReviseIndicatorCommand;
import org.clusterhub.project.api.ReviseMilestoneCommand;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.ui.history.EventDescriptions;
import org.clusterhub.ui.support.Texts;

/**
 * Readable texts for the editor: the name of a part (for presence and notices), and a change as a person reads it,
 * whether it is someone else's event or one's own unsaved command (the conflict dialog shows both side by side).
 */
final class ChangeTexts {

    static final String OVERVIEW = "overview";
    /** Presence of staff changing the participants (not a versioned part: those commands name no version). */
    static final String PARTICIPANTS = "participants";

    private ChangeTexts() {
    }

    static String sectionPart(ProjectSection section) {
        return "section:" + section;
    }

    static String budgetPart(String lineId) {
        return "budget:" + lineId;
    }

    static String milestonePart(String milestoneId) {
        return "milestone:" + milestoneId;
    }

    static String indicatorPart(String indicatorId) {
        return "indicator:" + indicatorId;
    }

    /** Presence of someone filling in a new item of a section (not a stored part yet). */
    static String addingPart(ProjectSection section) {
        return "add:" + section;
    }

    /** A part key ({@code Project.partOf}) in words, naming the line, milestone or indicator as it is now. */
    static String partName(Component c, ProjectView project, String part) {
        if (part == null) {
            return "";
        }
        int colon = part.indexOf(':');
        String kind = colon < 0 ? part : part.substring(0, colon);
        String id = colon < 0 ? "" : part.substring(colon + 1);
        return switch (kind) {
            case OVERVIEW -> c.getTranslation("project.editor.part.overview");
            case "section" -> Texts.enumValue(c, "project.section", ProjectSection.valueOf(id));
            case "budget" -> c.getTranslation("project.editor.part.budget", project == null ? "" : project
                    .budgetLines().stream().filter(l -> l.lineId().equals(id)).map(BudgetLineView::item)
                    .findFirst().orElse(""));
            case "milestone" -> c.getTranslation("project.editor.part.milestone", project == null ? "" : project
                    .milestones().stream().filter(m -> m.milestoneId().equals(id)).map(MilestoneView::title)
                    .findFirst().orElse(""));
            case "indicator" -> c.getTranslation("project.editor.part.indicator", project == null ? "" : project
                    .indicators().stream().filter(i -> i.indicatorId().equals(id)).map(IndicatorView::name)
                    .findFirst().orElse(""));
            case PARTICIPANTS -> c.getTranslation("project.editor.part.participants");
            case "add" -> c.getTranslation("project.editor.part.adding",
                    Texts.enumValue(c, "project.section", ProjectSection.valueOf(id)));
            default -> part;
        };
    }

    /** A change to one part (an event of someone else, or one's own command) as a person reads it. */
    /** The sections a participant may edit, in the reader's language, or that it may edit none. */
    static String sections(Component c, Set<ProjectSection> sections) {
        if (sections == null || sections.isEmpty()) {
            return c.getTranslation("project.editor.participant.noSections");
        }
        return EnumSet.copyOf(sections).stream().map(s -> Texts.enumValue(c, "project.section", s))
                .collect(Collectors.joining(Texts.listSeparator()));
    }

    static String describe(Component c, Object change) {
        if (change instanceof ProjectSectionRevisedEvent e) {
            return text(c, e.text());
        } else if (change instanceof ReviseProjectSectionCommand m) {
            return text(c, m.text());
        } else if (change instanceof ProjectOverviewRevisedEvent e) {
            return overview(c, e.title(), e.kind(), e.personInCharge(), e.startYear(), e.endYear());
        } else if (change instanceof ReviseProjectOverviewCommand m) {
            return overview(c, m.title(), m.kind(), m.personInCharge(), m.startYear(), m.endYear());
        } else if (change instanceof BudgetLineRevisedEvent e) {
            return budgetLine(c, e.item(), e.source(), e.amount());
        } else if (change instanceof ReviseBudgetLineCommand m) {
            return budgetLine(c, m.item(), m.source(), m.amount());
        } else if (change instanceof MilestoneRevisedEvent e) {
            return c.getTranslation("project.editor.describe.milestone", e.title(), e.dueDate().toString(),
                    e.deliverable(), e.ownerOrganization());
        } else if (change instanceof ReviseMilestoneCommand m) {
            return c.getTranslation("project.editor.describe.milestone", m.title(),
                    m.dueDate() == null ? "—" : m.dueDate().toString(), m.deliverable(), m.ownerOrganization());
        } else if (change instanceof IndicatorRevisedEvent e) {
            return c.getTranslation("project.editor.describe.indicator", e.name(), number(e.targetValue()), e.unit());
        } else if (change instanceof ReviseIndicatorCommand m) {
            return c.getTranslation("project.editor.describe.indicator", m.name(), number(m.targetValue()), m.unit());
        } else if (change instanceof SectionsAssignedEvent e) {
            return sections(c, e.sections());
        } else if (isRemoval(change)) {
            return c.getTranslation("project.editor.describe.removed");
        } else if (change instanceof RemoveBudgetLineCommand || change instanceof RemoveMilestoneCommand
                || change instanceof RemoveIndicatorCommand) {
            return c.getTranslation("project.editor.describe.removing");
        }
        return change == null ? "" : EventDescriptions.title(c, change.getClass().getSimpleName());
    }

    /** Whether the other change took the part away (then one's own revision cannot be re-applied). */
    static boolean isRemoval(Object change) {
        return change instanceof BudgetLineRemovedEvent || change instanceof MilestoneRemovedEvent
                || change instanceof IndicatorRemovedEvent || change instanceof ParticipantRemovedEvent;
    }

    private static String text(Component c, String text) {
        return text == null || text.isBlank() ? c.getTranslation("project.editor.describe.empty") : text;
    }

    private static String overview(Component c, String title, ProjectKind kind, String person, int start, int end) {
        return c.getTranslation("project.editor.describe.overview", title, Texts.enumValue(c, "project.kind", kind),
                person, String.valueOf(start), String.valueOf(end));
    }

    private static String budgetLine(Component c, String item, FundingSource source, BigDecimal amount) {
        return c.getTranslation("project.editor.describe.budgetLine", item,
                Texts.enumValue(c, "project.source", source), amount(c, amount));
    }

    /** An amount in 万元 with two decimals, e.g. {@code 120.00 万元}; a dash when there is none. */
    static String amount(Component c, BigDecimal amount) {
        return amount == null ? "—" : c.getTranslation("project.editor.amount", money(amount));
    }

    /** Two decimals, no grouping: how the province's forms write 万元. */
    static String money(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A target value without trailing zeros (12, 3.5). */
    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** The difference of the current plan from the approved line, signed (+5.00, −2.50), or empty. */
    static Optional<String> drift(BudgetLineView line) {
        if (line.approvedAmount() == null || line.amount() == null) {
            return Optional.empty();
        }
        BigDecimal difference = line.amount().subtract(line.approvedAmount());
        String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "−" : "±";
        return Optional.of(sign + money(difference.abs()));
    }
}
