package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.clusterhub.project.api.PartStamp;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.Presence;
import org.clusterhub.ui.support.CommandSender;

/**
 * One person's editing of one project on one screen: the project as last shown, what they may change, the commands
 * they sent (so that their own changes raise no "someone else" notice), the part they are editing (for presence),
 * the part editors open in dialogs (so that live updates reach them too), and the way edits are sent: against the
 * version of the part as loaded, with the conflict dialog when someone else changed the same part (ADR 006).
 *
 * @see <a href="../../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
 */
final class EditSession {

    /**
     * One edit of one part.
     *
     * @param part the part key ({@code section:AIMS}, {@code budget:<id>}, ...)
     * @param commandAt the command, sent against a given version (first as loaded, then as a conflict tells)
     * @param mine the person's own value in words, shown next to the other change in a conflict
     */
    record Edit(String part, LongFunction<Object> commandAt, String mine) {
    }

    private final Component screen;
    private final CommandSender commands;
    private final Optional<Actor> actor;
    private final LongConsumer refresh;
    /** Message ids of the commands sent from this screen: their events are this person's own. */
    private final Set<String> ownCommands = ConcurrentHashMap.newKeySet();
    private final List<PartEditor> openEditors = new ArrayList<>();
    private Presence.Handle presence;
    private ProjectView project;
    private EditRights rights;

    /** @param refresh re-reads the project, waiting until the read model has at least the given version */
    EditSession(Component screen, CommandSender commands, Optional<Actor> actor, LongConsumer refresh) {
        this.screen = screen;
        this.commands = commands;
        this.actor = actor;
        this.refresh = refresh;
    }

    ProjectView project() {
        return project;
    }

    ProjectId projectId() {
        return project.projectId();
    }

    EditRights rights() {
        return rights;
    }

    Optional<Actor> actor() {
        return actor;
    }

    /** The project as now shown: every open dialog editor follows it (keeping what its person typed). */
    void show(ProjectView shown) {
        project = shown;
        rights = EditRights.of(actor, shown);
        List.copyOf(openEditors).forEach(editor -> editor.show(shown));
    }

    void presence(Presence.Handle handle) {
        presence = handle;
    }

    /** Tells the others which part this person is editing now; null when they only look. */
    void editing(String part) {
        if (presence != null) {
            presence.editing(part);
        }
    }

    void opened(PartEditor editor) {
        openEditors.add(editor);
    }

    void closed(PartEditor editor) {
        openEditors.remove(editor);
    }

    boolean isOwn(String correlationId) {
        return correlationId != null && ownCommands.contains(correlationId);
    }

    /** The version to send an edit of {@code part} against: its last change, or the project's when never changed. */
    static long versionOf(ProjectView project, String part) {
        PartStamp stamp = part == null ? null : project.parts().get(part);
        return stamp != null ? stamp.version() : project.version();
    }

    /** Sends a command that names no version (adding, participants, documents); re-reads the project when stored. */
    boolean send(Object command, BiConsumer<String, String> fieldErrors) {
        Optional<String> sent = commands.send(screen, command, fieldErrors);
        sent.ifPresent(this::stored);
        return sent.isPresent();
    }

    /**
     * Sends an edit against {@code version}. When someone else changed the same part meanwhile, the conflict dialog
     * shows both changes: re-applying sends the same edit against the current version (and may meet yet another
     * conflict); keeping theirs runs {@code onTheirsKept} once the project shows their change.
     */
    void sendEdit(Edit edit, long version, BiConsumer<String, String> fieldErrors, Runnable onStored,
                  Runnable onTheirsKept) {
        Optional<String> sent = commands.sendEdit(screen, edit.commandAt().apply(version), fieldErrors,
                conflict -> ConflictDialog.open(screen, project, conflict, edit.mine(),
                        () -> sendEdit(edit, conflict.currentVersion(), fieldErrors, onStored, onTheirsKept),
                        () -> {
                            refresh.accept(conflict.currentVersion());
                            onTheirsKept.run();
                        }));
        sent.ifPresent(id -> {
            onStored.run();
            stored(id);
        });
    }

    /** A command this person sent from this screen by other means (a lifecycle step): its events are their own. */
    void own(String messageId) {
        ownCommands.add(messageId);
    }

    private void stored(String messageId) {
        own(messageId);
        refresh.accept(project.version() + 1);
    }
}
