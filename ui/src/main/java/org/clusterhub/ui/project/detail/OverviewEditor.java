package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseProjectOverviewCommand;
import org.clusterhub.ui.support.Texts;

/** Title, kind, person in charge and years of a draft: only promotion staff of the project's cluster change them. */
final class OverviewEditor extends PartEditor {

    private final TextField title = new TextField();
    private final Select<ProjectKind> kind = new Select<>();
    private final TextField personInCharge = new TextField();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private Values loaded;

    OverviewEditor(EditSession session) {
        super(session, ChangeTexts.OVERVIEW, "overview");
        setId("overview-editor");
        title.setId("overview-title");
        title.setLabel(getTranslation("project.editor.field.title"));
        title.setMaxLength(120);
        kind.setId("overview-kind");
        kind.setLabel(getTranslation("project.editor.field.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> Texts.enumValue(this, "project.kind", k));
        personInCharge.setId("overview-person");
        personInCharge.setLabel(getTranslation("project.editor.field.personInCharge"));
        personInCharge.setMaxLength(60);
        startYear.setId("overview-start-year");
        startYear.setLabel(getTranslation("project.editor.field.startYear"));
        endYear.setId("overview-end-year");
        endYear.setLabel(getTranslation("project.editor.field.endYear"));
        for (IntegerField year : new IntegerField[] {startYear, endYear}) {
            year.setMin(2021);
            year.setMax(2035);
            year.setStepButtonsVisible(true);
        }
        field("title", title);
        field("kind", kind);
        field("personInCharge", personInCharge);
        field("startYear", startYear);
        field("endYear", endYear);
        FormLayout form = new FormLayout(title, kind, personInCharge, startYear, endYear);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("64em", 3));
        form.setColspan(title, 2);
        H4 heading = new H4(getTranslation("project.editor.overview.heading"));
        heading.getStyle().set("margin-bottom", "0");
        add(heading, readOnlyHint, form, changedNotice, buttons);
    }

    @Override
    protected String readOnlyHintKey() {
        return "project.editor.hint.staffOnly";
    }

    @Override
    protected boolean mayEdit(EditRights rights) {
        return rights.mayManage();
    }

    @Override
    protected void load(ProjectView project) {
        loaded = new Values(project.title(), project.kind(), project.personInCharge(), project.startYear(),
                project.endYear());
        title.setValue(loaded.title());
        kind.setValue(loaded.kind());
        personInCharge.setValue(loaded.personInCharge());
        startYear.setValue(loaded.startYear());
        endYear.setValue(loaded.endYear());
    }

    @Override
    protected void markLoaded() {
        loaded = current();
    }

    @Override
    protected boolean isDirty() {
        return loaded != null && !loaded.equals(current());
    }

    private Values current() {
        return new Values(title.getValue(), kind.getValue(), personInCharge.getValue(), startYear.getValue(),
                endYear.getValue());
    }

    /** The overview's values, to tell whether the person changed any. */
    private record Values(String title, ProjectKind kind, String personInCharge, Integer startYear,
                          Integer endYear) {
    }

    @Override
    protected void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        kind.setReadOnly(!editable);
        personInCharge.setReadOnly(!editable);
        startYear.setReadOnly(!editable);
        endYear.setReadOnly(!editable);
    }

    @Override
    protected Object command(long expectedVersion) {
        return new ReviseProjectOverviewCommand(session.projectId(), kind.getValue(), title.getValue(),
                personInCharge.getValue(), year(startYear), year(endYear), expectedVersion);
    }

    /** An empty year field is sent as 0, which the command's validation refuses on that field. */
    private static int year(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
