package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ParticipantView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseMilestoneCommand;
import org.clusterhub.ui.support.Texts;

/** One milestone (title, due date, deliverable, the participating organization that reports on it), in a dialog. */
final class MilestoneEditor extends PartEditor {

    private final String milestoneId;
    private final boolean adding;
    private final TextField title = new TextField();
    private final DatePicker dueDate = new DatePicker();
    private final TextArea deliverable = new TextArea();
    private final Select<String> owner = new Select<>();
    private Values loaded = new Values("", null, "", null);

    /** @param milestoneId the milestone to edit, or null to add one */
    MilestoneEditor(EditSession session, String milestoneId) {
        super(session, milestoneId == null ? null : ChangeTexts.milestonePart(milestoneId), "milestone");
        this.adding = milestoneId == null;
        this.milestoneId = adding ? UUID.randomUUID().toString() : milestoneId;
        title.setId("milestone-title");
        title.setLabel(getTranslation("project.editor.milestone.title"));
        title.setMaxLength(120);
        dueDate.setId("milestone-due");
        dueDate.setLabel(getTranslation("project.editor.milestone.dueDate"));
        dueDate.setI18n(datePickerTexts());
        dueDate.setLocale(Texts.locale());
        deliverable.setId("milestone-deliverable");
        deliverable.setLabel(getTranslation("project.editor.milestone.deliverable"));
        deliverable.setMaxLength(500);
        owner.setId("milestone-owner");
        owner.setLabel(getTranslation("project.editor.milestone.owner"));
        field("title", title);
        field("dueDate", dueDate);
        field("deliverable", deliverable);
        field("ownerOrganization", owner);
        FormLayout form = new FormLayout(title, dueDate, owner, deliverable);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, changedNotice);
    }

    /** Month and weekday names in the person's language, from the JDK: no text to keep in the bundles. */
    private DatePicker.DatePickerI18n datePickerTexts() {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Texts.locale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("project.editor.date.today"));
        i18n.setCancel(getTranslation("common.cancel"));
        return i18n;
    }

    @Override
    protected String presencePart() {
        return adding ? ChangeTexts.addingPart(ProjectSection.MILESTONES) : part();
    }

    @Override
    protected boolean exists(ProjectView project) {
        return milestone(project).isPresent();
    }

    private Optional<MilestoneView> milestone(ProjectView project) {
        return project.milestones().stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst();
    }

    @Override
    protected boolean mayEdit(EditRights rights) {
        return rights.may(ProjectSection.MILESTONES);
    }

    @Override
    protected void load(ProjectView project) {
        // The owner is one of the participants as they are now (they change live too).
        String chosen = owner.getValue();
        owner.setItems(project.participants().stream().map(ParticipantView::organization).toList());
        if (adding) {
            owner.setValue(chosen != null ? chosen : project.leadOrganization());
            loaded = current();
            return;
        }
        MilestoneView milestone = milestone(project).orElseThrow();
        loaded = new Values(milestone.title(), milestone.dueDate(), milestone.deliverable(),
                milestone.ownerOrganization());
        title.setValue(milestone.title());
        dueDate.setValue(milestone.dueDate());
        deliverable.setValue(milestone.deliverable() == null ? "" : milestone.deliverable());
        owner.setValue(milestone.ownerOrganization());
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
        return new Values(title.getValue(), dueDate.getValue(), deliverable.getValue(), owner.getValue());
    }

    @Override
    protected void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        dueDate.setReadOnly(!editable);
        deliverable.setReadOnly(!editable);
        owner.setReadOnly(!editable);
    }

    @Override
    protected Object command(long expectedVersion) {
        if (adding) {
            return new AddMilestoneCommand(session.projectId(), milestoneId, title.getValue(), dueDate.getValue(),
                    deliverable.getValue(), owner.getValue());
        }
        return new ReviseMilestoneCommand(session.projectId(), milestoneId, title.getValue(), dueDate.getValue(),
                deliverable.getValue(), owner.getValue(), expectedVersion);
    }

    private record Values(String title, LocalDate dueDate, String deliverable, String owner) {
    }
}
