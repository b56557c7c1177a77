package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseBudgetLineCommand;
import org.clusterhub.ui.support.Texts;

/** One budget line (item, funding source, amount in 万元), new or existing, edited in a dialog. */
final class BudgetLineEditor extends PartEditor {

    private final String lineId;
    private final boolean adding;
    private final TextField item = new TextField();
    private final Select<FundingSource> source = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private Values loaded = new Values("", null, null);

    /** @param lineId the line to edit, or null to add one */
    BudgetLineEditor(EditSession session, String lineId) {
        super(session, lineId == null ? null : ChangeTexts.budgetPart(lineId), "budget-line");
        this.adding = lineId == null;
        // The caller names a new line; one id per dialog, so that sending again never adds it twice.
        this.lineId = adding ? UUID.randomUUID().toString() : lineId;
        item.setId("budget-item");
        item.setLabel(getTranslation("project.editor.budget.item"));
        item.setMaxLength(80);
        source.setId("budget-source");
        source.setLabel(getTranslation("project.editor.budget.source"));
        source.setItems(FundingSource.values());
        source.setItemLabelGenerator(s -> Texts.enumValue(this, "project.source", s));
        amount.setId("budget-amount");
        amount.setLabel(getTranslation("project.editor.budget.amount"));
        field("item", item);
        field("source", source);
        field("amount", amount);
        FormLayout form = new FormLayout(item, source, amount);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, changedNotice);
    }

    @Override
    protected String presencePart() {
        return adding ? ChangeTexts.addingPart(ProjectSection.BUDGET) : part();
    }

    @Override
    protected boolean exists(ProjectView project) {
        return line(project).isPresent();
    }

    private Optional<BudgetLineView> line(ProjectView project) {
        return project.budgetLines().stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    @Override
    protected boolean mayEdit(EditRights rights) {
        return rights.may(ProjectSection.BUDGET);
    }

    @Override
    protected void load(ProjectView project) {
        if (adding) {
            return;
        }
        BudgetLineView line = line(project).orElseThrow();
        loaded = new Values(line.item(), line.source(), line.amount());
        item.setValue(line.item());
        source.setValue(line.source());
        amount.setValue(line.amount());
    }

    @Override
    protected void markLoaded() {
        loaded = current();
    }

    @Override
    protected boolean isDirty() {
        return !adding && !loaded.equals(current());
    }

    private Values current() {
        return new Values(item.getValue(), source.getValue(), amount.getValue());
    }

    @Override
    protected void setEditable(boolean editable) {
        item.setReadOnly(!editable);
        source.setReadOnly(!editable);
        amount.setReadOnly(!editable);
    }

    @Override
    protected Object command(long expectedVersion) {
        if (adding) {
            return new AddBudgetLineCommand(session.projectId(), lineId, item.getValue(), source.getValue(),
                    amount.getValue());
        }
        return new ReviseBudgetLineCommand(session.projectId(), lineId, item.getValue(), source.getValue(),
                amount.getValue(), expectedVersion);
    }

    /** Amounts compare by value: 12.5 typed equals 12.50 stored. */
    private record Values(String item, FundingSource source, BigDecimal amount) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Values v && Objects.equals(item, v.item) && source == v.source
                    && (amount == null ? v.amount == null : v.amount != null && amount.compareTo(v.amount) == 0);
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, source);
        }
    }
}
