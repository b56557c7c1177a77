package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectView;

/** Title, kind, person in charge and years (staff only), then the aims and content text sections, edited in place. */
final class OverviewTab extends VerticalLayout implements ProjectTab {

    private final List<PartEditor> editors;

    OverviewTab(EditSession session) {
        setPadding(false);
        editors = List.of(new OverviewEditor(session), new SectionEditor(session, ProjectSection.AIMS),
                new SectionEditor(session, ProjectSection.CONTENT));
        editors.forEach(this::add);
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        editors.forEach(editor -> editor.show(project));
    }
}
