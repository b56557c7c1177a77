package org.clusterhub.ui.supervision.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterhub.subsidy.api.SubsidyMilestone;
import org.clusterhub.subsidy.api.TrancheCondition;
import org.clusterhub.subsidy.api.TranchePlan;

/**
 * The tranches of a grant as a supervisor plans them: amount (万元), the condition that makes each payable, the
 * project's milestone or the supervisor's own condition. It only collects; the programme checks that they add up.
 */
class TrancheRows extends VerticalLayout {

    private static final Pattern ROW_FIELD = Pattern.compile("\\w+\\[(\\d+)]\\.(\\w+)");

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final String idPrefix;
    private List<SubsidyMilestone> milestones = List.of();
    private boolean forProject;

    TrancheRows(String idPrefix) {
        this.idPrefix = idPrefix;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation("subsidy.tranche.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId(idPrefix + "-add-tranche");
        add(new Span(getTranslation("subsidy.field.tranches")), list, add);
        setId(idPrefix + "-tranches");
    }

    /** Which conditions apply: a project's (with its milestones) or an organization's. */
    void recipient(boolean project, List<SubsidyMilestone> projectMilestones) {
        forProject = project;
        milestones = projectMilestones == null ? List.of() : projectMilestones;
        rows.forEach(Row::offerConditions);
    }

    void addRow(TranchePlan plan) {
        Row row = new Row(rows.size());
        rows.add(row);
        list.add(row);
        if (plan != null) {
            row.amount.setValue(plan.amount());
            row.condition.setValue(plan.condition());
            row.milestone.setValue(plan.milestoneId());
            row.note.setValue(plan.note() == null ? "" : plan.note());
        }
    }

    List<TranchePlan> value() {
        return rows.stream().map(Row::value).toList();
    }

    void clearErrors() {
        rows.forEach(row -> {
            row.amount.setInvalid(false);
            row.note.setInvalid(false);
            row.condition.setInvalid(false);
            row.milestone.setInvalid(false);
        });
    }

    /** Marks the field a refusal names, e.g. {@code tranches[1].milestoneId}. */
    void showFieldError(String field, String message) {
        Matcher matcher = ROW_FIELD.matcher(field);
        if (!matcher.find()) {
            if (!rows.isEmpty()) {
                rows.get(0).amount.setErrorMessage(message);
                rows.get(0).amount.setInvalid(true);
            }
            return;
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= rows.size()) {
            return;
        }
        Row row = rows.get(index);
        switch (matcher.group(2)) {
            case "condition" -> {
                row.condition.setErrorMessage(message);
                row.condition.setInvalid(true);
            }
            case "milestoneId" -> {
                row.milestone.setErrorMessage(message);
                row.milestone.setInvalid(true);
            }
            case "note" -> {
                row.note.setErrorMessage(message);
                row.note.setInvalid(true);
            }
            default -> {
                row.amount.setErrorMessage(message);
                row.amount.setInvalid(true);
            }
        }
    }

    private final class Row extends HorizontalLayout {
        final BigDecimalField amount = new BigDecimalField();
        final Select<TrancheCondition> condition = new Select<>();
        final Select<String> milestone = new Select<>();
        final TextField note = new TextField();

        Row(int index) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
            amount.setLabel(getTranslation("subsidy.field.trancheAmount", index + 1));
            amount.setWidth("8rem");
            amount.setId(idPrefix + "-tranche-amount-" + index);
            condition.setLabel(getTranslation("subsidy.field.condition"));
            condition.setItemLabelGenerator(c -> c == null ? "" : getTranslation("subsidy.condition." + c.name()));
            condition.setId(idPrefix + "-tranche-condition-" + index);
            condition.setWidth("11rem");
            milestone.setLabel(getTranslation("subsidy.field.milestone"));
            milestone.setItemLabelGenerator(id -> milestones.stream().filter(m -> m.milestoneId().equals(id))
                    .map(SubsidyMilestone::title).findFirst().orElse(id == null ? "" : id));
            milestone.setId(idPrefix + "-tranche-milestone-" + index);
            milestone.setWidth("11rem");
            note.setLabel(getTranslation("subsidy.field.trancheNote"));
            note.setId(idPrefix + "-tranche-note-" + index);
            note.setWidth("10rem");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("subsidy.tranche.remove"));
            condition.addValueChangeListener(e -> milestone.setVisible(
                    e.getValue() == TrancheCondition.MILESTONE_COMPLETED));
            offerConditions();
            condition.setValue(TrancheCondition.ON_GRANT);
            add(amount, condition, milestone, note, remove);
            setFlexGrow(1, note);
        }

        void offerConditions() {
            TrancheCondition chosen = condition.getValue();
            List<TrancheCondition> offered = Arrays.stream(TrancheCondition.values())
                    .filter(c -> forProject || !c.followsProject()).toList();
            condition.setItems(offered);
            condition.setValue(chosen != null && offered.contains(chosen) ? chosen : TrancheCondition.ON_GRANT);
            milestone.setItems(milestones.stream().map(SubsidyMilestone::milestoneId).toList());
            milestone.setVisible(condition.getValue() == TrancheCondition.MILESTONE_COMPLETED);
        }

        TranchePlan value() {
            return new TranchePlan(amount.getValue(), condition.getValue(),
                    condition.getValue() == TrancheCondition.MILESTONE_COMPLETED ? milestone.getValue() : null,
                    note.getValue());
        }
    }
}
