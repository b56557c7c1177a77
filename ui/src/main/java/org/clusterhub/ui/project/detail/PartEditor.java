package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterhub.project.api.PartStamp;
import org.clusterhub.project.api.ProjectView;

/**
 * Edits one part of a project (a text section, the overview, a budget line, a milestone, an indicator) against the
 * version of that part as it was loaded. Live updates refill it while its person has changed nothing; once they
 * have, their input stays, and a discreet notice says who changed the part meanwhile: the conflict, if any, is
 * settled when they save (ADR 006). A part editor for a new item (no part yet) simply adds it.
 *
 * <p>Subclasses hold the fields; this class holds the version, the notice, the buttons and the save flow.
 */
abstract class PartEditor extends VerticalLayout {

    protected final EditSession session;
    private final String idPrefix;
    private final String part;
    private long baseVersion = -1;
    /** After a save: the project version the read model must reach before this editor reloads from it. */
    private long savedUntil = -1;
    private boolean editable;
    private Dialog dialog;
    protected final Span changedNotice = new Span();
    /** Why an in-place editor is read-only for this person, when they may edit other parts. */
    protected final Span readOnlyHint;
    protected final Button save = new Button();
    protected final Button discard = new Button();
    protected final HorizontalLayout buttons = new HorizontalLayout(save, discard);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** @param part the part key, or null for a new item */
    PartEditor(EditSession session, String part, String idPrefix) {
        this.session = session;
        this.part = part;
        this.idPrefix = idPrefix;
        setPadding(false);
        setSpacing(false);
        addClassName("part-editor");
        changedNotice.setId(idPrefix + "-notice");
        changedNotice.addClassName("part-changed-notice");
        changedNotice.setVisible(false);
        // Plain Lumo variables: no bundle rebuild is possible, and the layout owns the app's stylesheet.
        changedNotice.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                .set("font-size", "var(--lumo-font-size-s)");
        readOnlyHint = ProjectTab.readOnlyHint(idPrefix + "-hint");
        save.setId(idPrefix + "-save");
        save.setText(getTranslation(part == null ? "project.editor.add" : "common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        discard.setId(idPrefix + "-discard");
        discard.setText(getTranslation("project.editor.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> discard());
    }

    String part() {
        return part;
    }

    long baseVersion() {
        return baseVersion;
    }

    /** Registers a field: its value syncs on every keystroke (so that a live update never overwrites typing), its
     * focus tells the others this part is being edited, and the command's field errors land on it. */
    protected <F extends Component & HasValue<?, ?> & HasValidation> F field(String name, F field) {
        fields.put(name, field);
        if (field instanceof HasValueChangeMode eager) {
            eager.setValueChangeMode(ValueChangeMode.EAGER);
        }
        field.addValueChangeListener(change -> updateButtons());
        if (field instanceof com.vaadin.flow.component.FocusNotifier<?> focusable) {
            focusable.addFocusListener(focus -> {
                if (dialog == null && editable) {
                    session.editing(presencePart());
                }
            });
        }
        if (field instanceof com.vaadin.flow.component.BlurNotifier<?> blurrable) {
            blurrable.addBlurListener(blur -> {
                if (dialog == null && editable) {
                    session.editing(null);
                }
            });
        }
        return field;
    }

    /** Shows the project as it is now, keeping what the person typed. */
    final void show(ProjectView project) {
        editable = mayEdit(session.rights());
        if (part != null && !exists(project)) {
            changedNotice.setText(getTranslation("project.editor.removedMeanwhile", stampName(project)));
            changedNotice.setVisible(true);
            editable = false;
        } else if (!isDirty()) {
            if (project.version() >= savedUntil) {
                baseVersion = EditSession.versionOf(project, part);
                load(project);
                changedNotice.setVisible(false);
            }
        } else {
            PartStamp stamp = part == null ? null : project.parts().get(part);
            if (stamp != null && stamp.version() > baseVersion) {
                changedNotice.setText(getTranslation("project.editor.changedMeanwhile", stamp.byName()));
                changedNotice.setVisible(true);
            }
        }
        setEditable(editable);
        EditRights rights = session.rights();
        readOnlyHint.setVisible(!editable && rights.editableState() && rights.hasAnyPart());
        readOnlyHint.setText(getTranslation(readOnlyHintKey()));
        updateButtons();
    }

    /** The hint shown when this person may edit other parts but not this one. */
    protected String readOnlyHintKey() {
        return "project.editor.hint.sectionNotYours";
    }

    private String stampName(ProjectView project) {
        PartStamp stamp = project.parts().get(part);
        return stamp == null ? "" : stamp.byName();
    }

    /** Reloads from the project, dropping the person's own input. */
    final void reload(ProjectView project) {
        savedUntil = -1;
        if (part != null && !exists(project)) {
            show(project);
            return;
        }
        baseVersion = EditSession.versionOf(project, part);
        load(project);
        changedNotice.setVisible(false);
        show(project);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (part == null) {
            if (session.send(command(-1), this::showFieldError)) {
                stored();
            }
            return;
        }
        session.sendEdit(new EditSession.Edit(part, this::command, ChangeTexts.describe(this, command(baseVersion))),
                baseVersion, this::showFieldError, this::stored, () -> reload(session.project()));
    }

    private void stored() {
        markLoaded();
        // The read model gets this change shortly; an update of another part before that must not undo it here.
        savedUntil = session.project().version() + 1;
        changedNotice.setVisible(false);
        updateButtons();
        if (dialog != null) {
            dialog.close();
        }
    }

    private void discard() {
        if (dialog != null) {
            dialog.close();
        } else {
            reload(session.project());
        }
    }

    void showFieldError(String field, String message) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    protected void updateButtons() {
        buttons.setVisible(editable);
        boolean dirty = isDirty();
        save.setEnabled(editable && (dirty || part == null));
        discard.setEnabled(dialog != null || dirty);
    }

    /** Opens this editor in a dialog that follows live updates while open and says who is editing what. */
    void openInDialog(String title) {
        dialog = new Dialog();
        dialog.setId(idPrefix + "-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(this);
        discard.setText(getTranslation("common.cancel"));
        dialog.getFooter().add(discard, save);
        dialog.setWidth("36rem");
        dialog.setCloseOnOutsideClick(false);
        dialog.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                session.opened(this);
                session.editing(presencePart());
            } else {
                session.closed(this);
                session.editing(null);
                change.getSource().removeFromParent();
            }
        });
        show(session.project());
        dialog.open();
    }

    /** What presence shows while this editor is in use: the part, or the section an item is being added to. */
    protected String presencePart() {
        return part;
    }

    /** Whether the part is still there (a budget line, milestone or indicator may be removed meanwhile). */
    protected boolean exists(ProjectView project) {
        return true;
    }

    /** May the signed-in person edit this part now. */
    protected abstract boolean mayEdit(EditRights rights);

    /** Fills the fields from the project and remembers those values as loaded. */
    protected abstract void load(ProjectView project);

    /** Remembers the current field values as loaded (after they were stored). */
    protected abstract void markLoaded();

    /** The person changed something since loading. */
    protected abstract boolean isDirty();

    /** Makes the fields editable or read-only. */
    protected abstract void setEditable(boolean editable);

    /** The command that stores the fields, against {@code expectedVersion} (ignored when adding). */
    protected abstract Object command(long expectedVersion);
}
