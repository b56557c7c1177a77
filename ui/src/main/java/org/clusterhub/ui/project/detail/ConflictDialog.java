package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.EditConflict;
import org.clusterhub.ui.support.Texts;

/**
 * Someone else changed the part this person was editing, before they saved. Shows the other change (who, when in
 * Asia/Shanghai, their value) next to the person's own unsaved value, and lets them choose: re-apply theirs over
 * it (sent against the current version), or keep the other's and drop their own. Nothing is overwritten silently;
 * the dialog does not close without a choice.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static void open(Component screen, ProjectView project, EditConflict conflict, String mine, Runnable reapply,
                     Runnable keepTheirs) {
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(screen.getTranslation("project.editor.conflict.title"));
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("52rem");

        String when = Texts.dateTime(screen, conflict.theirTime());
        Paragraph intro = new Paragraph(screen.getTranslation("project.editor.conflict.intro", conflict.theirName(),
                when, ChangeTexts.partName(screen, project, conflict.part())));
        intro.setId("conflict-intro");

        Div theirs = side(screen.getTranslation("project.editor.conflict.theirs", conflict.theirName(), when),
                ChangeTexts.describe(screen, conflict.theirChange()), "conflict-theirs");
        Div own = side(screen.getTranslation("project.editor.conflict.mine"), mine, "conflict-mine");
        FlexLayout sides = new FlexLayout(theirs, own);
        sides.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sides.getStyle().set("gap", "var(--lumo-space-m)");
        dialog.add(intro, sides);

        Button keep = new Button(screen.getTranslation("project.editor.conflict.keepTheirs"), click -> {
            dialog.close();
            keepTheirs.run();
        });
        keep.setId("conflict-keep-theirs");
        Button again = new Button(screen.getTranslation("project.editor.conflict.reapply"), click -> {
            dialog.close();
            reapply.run();
        });
        again.setId("conflict-reapply");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (ChangeTexts.isRemoval(conflict.theirChange())) {
            // Their change took the item away: a revision of it cannot be stored any more.
            again.setVisible(false);
            Paragraph removed = new Paragraph(screen.getTranslation("project.editor.conflict.removed"));
            removed.setId("conflict-removed");
            dialog.add(removed);
        }
        dialog.getFooter().add(keep, again);
        dialog.open();
    }

    private static Div side(String heading, String value, String id) {
        H4 title = new H4(heading);
        title.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-m)");
        Div text = new Div();
        text.setText(value);
        text.setId(id);
        text.getStyle().set("white-space", "pre-wrap").set("line-height", "1.5")
                .set("max-height", "18rem").set("overflow", "auto");
        Div side = new Div(title, text);
        side.getStyle().set("flex", "1 1 20rem").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return side;
    }
}
