package org.clusterhub.ui.project.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clusterhub.project.api.AttachmentView;
import org.clusterhub.project.api.BaselineIndicator;
import org.clusterhub.project.api.BaselineLine;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;
import org.clusterhub.project.api.ChangeRequestView;
import org.clusterhub.project.api.DecideChangeRequestCommand;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ProjectBaseline;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.RecordExpenditureCommand;
import org.clusterhub.project.api.ReportMilestoneProgressCommand;
import org.clusterhub.project.api.RequestChangeCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Texts;

/**
 * An approved project at work: how far the current plan has drifted from the approved baseline, milestone progress
 * with evidence, budget execution per line, and change requests with their decisions.
 */
public final class ImplementationPanel extends Composite<VerticalLayout> {

    private final CommandSender sender;
    private final Actor actor;

    public ImplementationPanel(CommandSender sender, Actor actor) {
        this.sender = sender;
        this.actor = actor;
        getContent().setId("project-implementation");
        getContent().setPadding(false);
    }

    public void show(ProjectView project) {
        VerticalLayout content = getContent();
        content.removeAll();
        if (project.baseline() == null) {
            content.add(new Paragraph(getTranslation("project.implementation.notApproved")));
            return;
        }
        Permissions may = new Permissions(actor, project);
        boolean underway = project.status().isUnderway();
        content.add(new H4(getTranslation("project.implementation.drift")));
        content.add(driftGrid(project));

        HorizontalLayout milestoneHeader = header("project.implementation.milestones");
        content.add(milestoneHeader);
        Grid<MilestoneView> milestones = new Grid<>();
        milestones.setId("implementation-milestones");
        milestones.addColumn(MilestoneView::title).setHeader(getTranslation("project.implementation.milestone"))
                .setFlexGrow(2);
        milestones.addColumn(MilestoneView::dueDate).setHeader(getTranslation("project.implementation.due"))
                .setAutoWidth(true);
        milestones.addColumn(MilestoneView::ownerOrganization).setHeader(getTranslation(
                "project.implementation.owner")).setAutoWidth(true);
        milestones.addComponentColumn(m -> {
            ProgressBar bar = new ProgressBar(0, 100, m.percentComplete());
            bar.setWidth("8em");
            Span label = new Span(m.percentComplete() + "%");
            Span state = m.completed() ? badge("project.implementation.completed", "success")
                    : m.overdue() ? badge("project.implementation.overdue", "error") : new Span();
            HorizontalLayout cell = new HorizontalLayout(bar, label, state);
            cell.setAlignItems(HorizontalLayout.Alignment.CENTER);
            return cell;
        }).setHeader(getTranslation("project.implementation.progress")).setAutoWidth(true);
        milestones.addColumn(m -> m.lastReport() == null ? "" : m.lastReport())
                .setHeader(getTranslation("project.implementation.lastReport")).setFlexGrow(2);
        milestones.addComponentColumn(m -> {
            if (!underway || m.completed() || !may.reportsOn(m)) {
                return new Span();
            }
            Button report = new Button(getTranslation("project.implementation.report"),
                    click -> reportProgress(project, m));
            report.setId("report-" + m.milestoneId());
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return report;
        }).setAutoWidth(true);
        milestones.setItems(project.milestones());
        milestones.setAllRowsVisible(true);
        content.add(milestones);

        HorizontalLayout budgetHeader = header("project.implementation.budget");
        if (underway && may.leadSide()) {
            Button spend = new Button(getTranslation("project.implementation.recordExpenditure"),
                    VaadinIcon.MONEY.create(), click -> recordExpenditure(project));
            spend.setId("action-record-expenditure");
            budgetHeader.add(spend);
        }
        content.add(budgetHeader);
        Grid<BudgetLineView> lines = new Grid<>();
        lines.setId("implementation-budget");
        lines.addColumn(BudgetLineView::item).setHeader(getTranslation("project.implementation.line")).setFlexGrow(2);
        lines.addColumn(l -> Texts.enumValue(this, "project.source", l.source()))
                .setHeader(getTranslation("project.implementation.source")).setAutoWidth(true);
        lines.addColumn(l -> money(l.approvedAmount())).setHeader(getTranslation("project.implementation.approved"))
                .setAutoWidth(true);
        lines.addColumn(l -> money(l.spent())).setHeader(getTranslation("project.implementation.spent"))
                .setAutoWidth(true);
        lines.addColumn(l -> money(l.approvedAmount() == null ? null : l.approvedAmount().subtract(
                l.spent() == null ? BigDecimal.ZERO : l.spent()))).setHeader(getTranslation(
                "project.implementation.remaining")).setAutoWidth(true);
        lines.setItems(project.budgetLines());
        lines.setAllRowsVisible(true);
        content.add(lines);

        HorizontalLayout changeHeader = header("project.implementation.changes");
        if (underway && may.leadSide()) {
            Button request = new Button(getTranslation("project.implementation.requestChange"),
                    VaadinIcon.EDIT.create(), click -> requestChange(project));
            request.setId("action-request-change");
            changeHeader.add(request);
        }
        content.add(changeHeader);
        Grid<ChangeRequestView> changes = new Grid<>();
        changes.setId("implementation-changes");
        changes.addColumn(c -> Texts.dateTime(this, c.requestedAt())).setHeader(getTranslation(
                "project.review.time")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> Texts.enumValue(this, "project.change", c.kind()))
                .setHeader(getTranslation("project.implementation.changeKind")).setAutoWidth(true);
        changes.addColumn(c -> proposal(project, c.proposal())).setHeader(getTranslation(
                "project.implementation.proposal")).setFlexGrow(2);
        changes.addColumn(ChangeRequestView::reason).setHeader(getTranslation("project.field.reason")).setFlexGrow(2);
        changes.addComponentColumn(c -> {
            if (c.decision() != null) {
                return new Span(getTranslation("project.implementation.decision." + c.decision())
                        + (c.comment() == null ? "" : Texts.bracketed(c.comment())));
            }
            if (!may.supervisor()) {
                return badge("project.implementation.pending", "contrast");
            }
            Button approve = new Button(getTranslation("project.implementation.approveChange"),
                    click -> decide(project, c, true));
            approve.setId("approve-change-" + c.changeRequestId());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("project.implementation.rejectChange"),
                    click -> decide(project, c, false));
            reject.setId("reject-change-" + c.changeRequestId());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(approve, reject);
        }).setHeader(getTranslation("project.implementation.decisionColumn")).setAutoWidth(true);
        changes.setItems(project.changeRequests());
        changes.setAllRowsVisible(true);
        content.add(changes);
    }

    /** One row per item whose current value may differ from the approved baseline. */
    record Drift(String item, String approved, String current, boolean changed) {
    }

    private Grid<Drift> driftGrid(ProjectView project) {
        ProjectBaseline baseline = project.baseline();
        List<Drift> rows = new ArrayList<>();
        rows.add(drift("project.implementation.leadOrganization", baseline.leadOrganization(),
                project.leadOrganization()));
        rows.add(drift("project.implementation.personInCharge", baseline.personInCharge(), project.personInCharge()));
        rows.add(drift("project.implementation.period", baseline.startYear() + "—" + baseline.endYear(),
                project.startYear() + "—" + project.endYear()));
        BigDecimal approvedTotal = baseline.budgetLines().stream().map(BaselineLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal currentTotal = project.budgetLines().stream().map(BudgetLineView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(drift("project.implementation.totalBudget", money(approvedTotal), money(currentTotal)));
        Map<String, IndicatorView> current = project.indicators().stream()
                .collect(Collectors.toMap(IndicatorView::indicatorId, i -> i));
        for (BaselineIndicator indicator : baseline.indicators()) {
            IndicatorView now = current.get(indicator.indicatorId());
            rows.add(new Drift(indicator.name(), plain(indicator.targetValue()) + " " + indicator.unit(),
                    now == null ? "—" : plain(now.targetValue()) + " " + now.unit(),
                    now == null || now.targetValue().compareTo(indicator.targetValue()) != 0));
        }
        Grid<Drift> grid = new Grid<>();
        grid.setId("implementation-drift");
        grid.addColumn(Drift::item).setHeader(getTranslation("project.implementation.item")).setFlexGrow(2);
        grid.addColumn(Drift::approved).setHeader(getTranslation("project.implementation.baseline")).setFlexGrow(2);
        grid.addColumn(Drift::current).setHeader(getTranslation("project.implementation.current")).setFlexGrow(2);
        grid.addComponentColumn(d -> d.changed() ? badge("project.implementation.changed", "contrast") : new Span())
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Drift drift(String key, String approved, String current) {
        return new Drift(getTranslation(key), approved, current, !Objects.equals(approved, current));
    }

    private void reportProgress(ProjectView project, MilestoneView milestone) {
        IntegerField percent = Fields.integer(this, "project.field.percentComplete", "percent-complete",
                milestone.percentComplete(), 0, 100);
        TextArea note = Fields.text(this, "project.field.progressNote", "progress-note", 4000);
        CheckboxGroup<AttachmentView> evidence = new CheckboxGroup<>(getTranslation("project.field.evidence"));
        evidence.setId("evidence");
        evidence.setItems(project.attachments());
        evidence.setItemLabelGenerator(AttachmentView::fileName);
        if (project.attachments().isEmpty()) {
            evidence.setHelperText(getTranslation("project.implementation.noAttachments"));
        }
        StepDialog.open(this, sender, "project.implementation.report", "report-progress", null,
                ProjectActions.ordered("percentComplete", percent, "note", note, "evidence", evidence),
                () -> new ReportMilestoneProgressCommand(project.projectId(), milestone.milestoneId(),
                        percent.getValue() == null ? -1 : percent.getValue(), note.getValue(),
                        evidence.getValue().stream().map(AttachmentView::attachmentId).toList()));
    }

    private void recordExpenditure(ProjectView project) {
        Select<BudgetLineView> line = new Select<>();
        line.setLabel(getTranslation("project.implementation.line"));
        line.setId("expenditure-line");
        line.setItems(project.budgetLines());
        line.setItemLabelGenerator(l -> l.item() + Texts.bracketed(getTranslation("project.implementation.available",
                money(l.approvedAmount() == null ? BigDecimal.ZERO
                        : l.approvedAmount().subtract(l.spent() == null ? BigDecimal.ZERO : l.spent())))));
        if (!project.budgetLines().isEmpty()) {
            line.setValue(project.budgetLines().get(0));
        }
        BigDecimalField amount = Fields.amount(this, "project.field.amount", "expenditure-amount");
        TextArea note = Fields.text(this, "project.field.expenditureNote", "expenditure-note", 500);
        StepDialog.open(this, sender, "project.implementation.recordExpenditure", "record-expenditure", null,
                ProjectActions.ordered("lineId", line, "amount", amount, "note", note),
                () -> new RecordExpenditureCommand(project.projectId(), line.getValue() == null ? ""
                        : line.getValue().lineId(), amount.getValue(), note.getValue()));
    }

    private void requestChange(ProjectView project) {
        Select<ChangeKind> kind = Fields.choice(this, "project.field.changeKind", "change-kind", "project.change",
                Arrays.asList(ChangeKind.values()), ChangeKind.BUDGET);
        TextField lead = Fields.line(this, "project.implementation.leadOrganization", "proposal-lead",
                project.leadOrganization());
        TextField person = Fields.line(this, "project.implementation.personInCharge", "proposal-person",
                project.personInCharge());
        IntegerField endYear = Fields.integer(this, "project.field.endYear", "proposal-end-year", project.endYear(),
                2021, 2035);
        TextArea contentText = Fields.text(this, "project.section.CONTENT", "proposal-content", 10000);
        contentText.setValue(project.content() == null ? "" : project.content());
        Map<String, BigDecimalField> amounts = new LinkedHashMap<>();
        Map<String, BigDecimalField> targets = new LinkedHashMap<>();
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("proposal.leadOrganization", lead);
        fields.put("proposal.personInCharge", person);
        fields.put("proposal.endYear", endYear);
        fields.put("proposal.content", contentText);
        for (BudgetLineView line : project.budgetLines()) {
            BigDecimalField field = Fields.amount(this, "project.implementation.line", "proposal-line-" + line.lineId());
            field.setLabel(line.item());
            field.setValue(line.amount());
            amounts.put(line.lineId(), field);
            fields.put("proposal.budgetLineAmounts." + line.lineId(), field);
        }
        for (IndicatorView indicator : project.indicators()) {
            BigDecimalField field = new BigDecimalField(indicator.name() + Texts.bracketed(indicator.unit()));
            field.setId("proposal-indicator-" + indicator.indicatorId());
            field.setValue(indicator.targetValue());
            targets.put(indicator.indicatorId(), field);
            fields.put("proposal.indicatorTargets." + indicator.indicatorId(), field);
        }
        TextArea reason = Fields.text(this, "project.field.reason", "reason", 2000);
        fields.put("reason", reason);
        Runnable showKind = () -> {
            ChangeKind k = kind.getValue();
            lead.setVisible(k == ChangeKind.LEAD_ORGANIZATION);
            person.setVisible(k == ChangeKind.PERSON_IN_CHARGE);
            endYear.setVisible(k == ChangeKind.PERIOD);
            contentText.setVisible(k == ChangeKind.CONTENT);
            amounts.values().forEach(f -> f.setVisible(k == ChangeKind.BUDGET));
            targets.values().forEach(f -> f.setVisible(k == ChangeKind.INDICATORS));
        };
        kind.addValueChangeListener(change -> showKind.run());
        showKind.run();
        StepDialog.open(this, sender, "project.implementation.requestChange", "request-change",
                "project.implementation.requestChange.hint", fields, () -> {
                    ChangeKind k = kind.getValue();
                    ChangeProposal proposal = new ChangeProposal(
                            k == ChangeKind.LEAD_ORGANIZATION ? lead.getValue() : null,
                            k == ChangeKind.PERSON_IN_CHARGE ? person.getValue() : null,
                            k == ChangeKind.PERIOD ? endYear.getValue() : null,
                            k == ChangeKind.BUDGET ? changed(amounts, project.budgetLines().stream().collect(
                                    Collectors.toMap(BudgetLineView::lineId, BudgetLineView::amount))) : null,
                            k == ChangeKind.CONTENT ? contentText.getValue() : null,
                            k == ChangeKind.INDICATORS ? changed(targets, project.indicators().stream().collect(
                                    Collectors.toMap(IndicatorView::indicatorId, IndicatorView::targetValue))) : null);
                    return new RequestChangeCommand(project.projectId(), UUID.randomUUID().toString(), k,
                            reason.getValue(), proposal);
                });
    }

    /** Only the values the person changed go into the proposal. */
    private static Map<String, BigDecimal> changed(Map<String, BigDecimalField> fields, Map<String, BigDecimal> now) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            BigDecimal value = field.getValue();
            if (value != null && (now.get(id) == null || value.compareTo(now.get(id)) != 0)) {
                result.put(id, value);
            }
        });
        return result;
    }

    private void decide(ProjectView project, ChangeRequestView change, boolean approve) {
        TextArea comment = Fields.text(this, "project.field.comments", "comments", 2000);
        StepDialog.open(this, sender, approve ? "project.implementation.approveChange"
                        : "project.implementation.rejectChange", approve ? "approve-change" : "reject-change", null,
                Map.of("comment", comment), () -> new DecideChangeRequestCommand(project.projectId(),
                        change.changeRequestId(), approve, comment.getValue()));
    }

    private String proposal(ProjectView project, ChangeProposal proposal) {
        if (proposal == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (proposal.leadOrganization() != null) {
            parts.add(proposal.leadOrganization());
        }
        if (proposal.personInCharge() != null) {
            parts.add(proposal.personInCharge());
        }
        if (proposal.endYear() != null) {
            parts.add(String.valueOf(proposal.endYear()));
        }
        if (proposal.budgetLineAmounts() != null) {
            Map<String, String> names = project.budgetLines().stream()
                    .collect(Collectors.toMap(BudgetLineView::lineId, BudgetLineView::item));
            proposal.budgetLineAmounts().forEach((id, amount) -> parts.add(names.getOrDefault(id, id) + " → "
                    + money(amount)));
        }
        if (proposal.indicatorTargets() != null) {
            Map<String, String> names = project.indicators().stream()
                    .collect(Collectors.toMap(IndicatorView::indicatorId, IndicatorView::name));
            proposal.indicatorTargets().forEach((id, target) -> parts.add(names.getOrDefault(id, id) + " → "
                    + plain(target)));
        }
        if (proposal.content() != null) {
            parts.add(proposal.content().length() > 60 ? proposal.content().substring(0, 60) + "…"
                    : proposal.content());
        }
        return String.join(Texts.listSeparator(), parts);
    }

    private HorizontalLayout header(String key) {
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation(key)));
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private String money(BigDecimal amount) {
        return amount == null ? "—" : getTranslation("project.money", amount.setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
