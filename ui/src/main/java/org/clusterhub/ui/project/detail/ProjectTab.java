package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;

/** A tab of the project page: it shows the project as it is now, with the actions the person may take. */
interface ProjectTab {

    void show(ProjectView project, EditRights rights);

    /** A short line saying why a section is read-only for this person, or nothing when they may edit it. */
    static Span readOnlyHint(String id) {
        Span hint = new Span();
        hint.setId(id);
        hint.addClassName("read-only-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return hint;
    }

    static void explain(Component c, Span hint, EditRights rights, ProjectSection section) {
        boolean may = section == null ? rights.mayManage() : rights.may(section);
        hint.setVisible(!may && rights.editableState() && rights.hasAnyPart());
        hint.setText(c.getTranslation(section == null ? "project.editor.hint.staffOnly"
                : "project.editor.hint.sectionNotYours"));
    }
}
