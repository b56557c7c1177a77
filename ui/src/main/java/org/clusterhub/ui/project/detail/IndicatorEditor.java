package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseIndicatorCommand;

/** One measurable indicator (KPI): name, unit and target value, in a dialog. */
final class IndicatorEditor extends PartEditor {

    private final String indicatorId;
    private final boolean adding;
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField target = new BigDecimalField();
    private Values loaded = new Values("", "", null);

    /** @param indicatorId the indicator to edit, or null to add one */
    IndicatorEditor(EditSession session, String indicatorId) {
        super(session, indicatorId == null ? null : ChangeTexts.indicatorPart(indicatorId), "indicator");
        this.adding = indicatorId == null;
        this.indicatorId = adding ? UUID.randomUUID().toString() : indicatorId;
        name.setId("indicator-name");
        name.setLabel(getTranslation("project.editor.indicator.name"));
        name.setMaxLength(80);
        unit.setId("indicator-unit");
        unit.setLabel(getTranslation("project.editor.indicator.unit"));
        unit.setMaxLength(20);
        target.setId("indicator-target");
        target.setLabel(getTranslation("project.editor.indicator.target"));
        field("name", name);
        field("unit", unit);
        field("targetValue", target);
        FormLayout form = new FormLayout(name, unit, target);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, changedNotice);
    }

    @Override
    protected String presencePart() {
        return adding ? ChangeTexts.addingPart(ProjectSection.INDICATORS) : part();
    }

    @Override
    protected boolean exists(ProjectView project) {
        return indicator(project).isPresent();
    }

    private Optional<IndicatorView> indicator(ProjectView project) {
        return project.indicators().stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst();
    }

    @Override
    protected boolean mayEdit(EditRights rights) {
        return rights.may(ProjectSection.INDICATORS);
    }

    @Override
    protected void load(ProjectView project) {
        if (adding) {
            return;
        }
        IndicatorView indicator = indicator(project).orElseThrow();
        loaded = new Values(indicator.name(), indicator.unit(), indicator.targetValue());
        name.setValue(indicator.name());
        unit.setValue(indicator.unit());
        target.setValue(indicator.targetValue());
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
        return new Values(name.getValue(), unit.getValue(), target.getValue());
    }

    @Override
    protected void setEditable(boolean editable) {
        name.setReadOnly(!editable);
        unit.setReadOnly(!editable);
        target.setReadOnly(!editable);
    }

    @Override
    protected Object command(long expectedVersion) {
        if (adding) {
            return new AddIndicatorCommand(session.projectId(), indicatorId, name.getValue(), unit.getValue(),
                    target.getValue());
        }
        return new ReviseIndicatorCommand(session.projectId(), indicatorId, name.getValue(), unit.getValue(),
                target.getValue(), expectedVersion);
    }

    /** Targets compare by value: 12 typed equals 12.0000 stored. */
    private record Values(String name, String unit, BigDecimal target) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Values v && Objects.equals(name, v.name) && Objects.equals(unit, v.unit)
                    && (target == null ? v.target == null : v.target != null && target.compareTo(v.target) == 0);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, unit);
        }
    }
}
