package org.clusterhub.ui.project.detail;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clusterhub.project.api.ParticipantView;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Role;

/**
 * What the signed-in person may change on this screen. Mirrors the aggregate's rules (ADR 005) only to decide
 * which editors to offer; the aggregate still decides every command.
 *
 * @param staff promotion staff of the project's cluster: every part, the overview and the participants
 * @param sections the sections given to the person's participating organization (all of them for staff)
 * @param editableState the project is a draft or returned for revision
 * @param mayAttach the person may attach documents (supervisor, staff, members of participants; not when final)
 */
record EditRights(boolean staff, Set<ProjectSection> sections, boolean editableState, boolean mayAttach) {

    static EditRights of(Optional<Actor> signedIn, ProjectView project) {
        boolean editable = project.status().isEditable();
        if (signedIn.isEmpty()) {
            return new EditRights(false, Set.of(), editable, false);
        }
        Actor actor = signedIn.get();
        boolean staff = actor.isStaffOf(project.clusterId().toString()) || actor.role() == Role.SYSTEM;
        Optional<ParticipantView> own = actor.role() == Role.MEMBER
                ? project.participants().stream().filter(p -> p.organization().equals(actor.organization()))
                        .findFirst()
                : Optional.empty();
        Set<ProjectSection> sections = staff ? EnumSet.allOf(ProjectSection.class)
                : own.map(p -> p.sections().isEmpty() ? Set.<ProjectSection>of() : Set.copyOf(p.sections()))
                        .orElse(Set.of());
        boolean attach = !project.status().isFinal() && (staff || actor.isSupervisor() || own.isPresent());
        return new EditRights(staff, sections, editable, attach);
    }

    /** May edit this section now. */
    boolean may(ProjectSection section) {
        return editableState && sections.contains(section);
    }

    /** May change title, kind, person in charge and years, and the participants. */
    boolean mayManage() {
        return editableState && staff;
    }

    /** May edit something at all, were the project editable: tells "not now" from "not you". */
    boolean hasAnyPart() {
        return staff || !sections.isEmpty();
    }
}
