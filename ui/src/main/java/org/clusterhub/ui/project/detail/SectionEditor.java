package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Objects;
import org.clusterhub.project.api.PartStamp;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.ui.support.Texts;

/** One text section of a project (aims or content), edited in place by whoever the section was given to. */
final class SectionEditor extends PartEditor {

    private final ProjectSection section;
    private final TextArea text = new TextArea();
    private final Span lastChange = new Span();
    private String loaded = "";

    SectionEditor(EditSession session, ProjectSection section) {
        super(session, ChangeTexts.sectionPart(section), section.name().toLowerCase(Locale.ROOT));
        this.section = section;
        String id = section.name().toLowerCase(Locale.ROOT);
        setId(id + "-editor");
        H4 heading = new H4(Texts.enumValue(this, "project.section", section));
        heading.getStyle().set("margin-bottom", "0");
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setMaxLength(10000);
        text.setAriaLabel(heading.getText());
        field("text", text);
        lastChange.setId(id + "-last-change");
        lastChange.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        add(heading, readOnlyHint, lastChange, text, changedNotice, buttons);
    }

    @Override
    protected boolean mayEdit(EditRights rights) {
        return rights.may(section);
    }

    @Override
    protected void load(ProjectView project) {
        loaded = Objects.requireNonNullElse(section == ProjectSection.AIMS ? project.aims() : project.content(), "");
        text.setValue(loaded);
        PartStamp stamp = project.parts().get(part());
        lastChange.setText(stamp == null ? "" : getTranslation("project.editor.lastChange", stamp.byName(),
                stamp.byOrganization() == null ? "" : stamp.byOrganization(), Texts.dateTime(this, stamp.at())));
        text.setPlaceholder(getTranslation("project.editor.section.placeholder"));
    }

    @Override
    protected void markLoaded() {
        loaded = text.getValue();
    }

    @Override
    protected boolean isDirty() {
        return !text.getValue().equals(loaded);
    }

    @Override
    protected void setEditable(boolean editable) {
        text.setReadOnly(!editable);
    }

    @Override
    protected Object command(long expectedVersion) {
        return new ReviseProjectSectionCommand(session.projectId(), section, text.getValue(), expectedVersion);
    }
}
