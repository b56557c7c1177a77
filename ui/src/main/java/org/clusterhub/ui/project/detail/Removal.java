package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.LongFunction;

/**
 * Removing a budget line, milestone or indicator is an edit of that part like any other: sent against the version
 * the person saw, so that removing what someone else has just revised raises the conflict dialog instead.
 */
final class Removal {

    private Removal() {
    }

    static void confirm(Component screen, EditSession session, String part, String what,
                        LongFunction<Object> commandAt) {
        long seen = EditSession.versionOf(session.project(), part);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("remove-confirm");
        confirm.setHeader(screen.getTranslation("project.editor.remove.title"));
        confirm.setText(screen.getTranslation("project.editor.remove.text", what));
        confirm.setCancelable(true);
        confirm.setCancelText(screen.getTranslation("common.cancel"));
        confirm.setConfirmText(screen.getTranslation("project.editor.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> session.sendEdit(new EditSession.Edit(part, commandAt,
                ChangeTexts.describe(screen, commandAt.apply(seen))), seen, null, () -> {
                }, () -> {
                }));
        confirm.open();
    }
}
