package org.clusterhub.shared;

import java.time.Instant;

/**
 * An edit sent against a version of one part (a section, a budget line, a milestone) that someone else has
 * changed since. Carries the other person's change, so that the screen can show it and offer to re-apply.
 *
 * @param part the part both edited, e.g. {@code section:AIMS} or {@code budget:<line id>}
 * @param currentVersion the aggregate version to send a re-applied edit against
 * @param theirChange the event that recorded the other change (an {@code api} record)
 */
public class EditConflict extends RuntimeException {

    private final String part;
    private final long currentVersion;
    private final Object theirChange;
    private final String theirName;
    private final Instant theirTime;

    public EditConflict(String part, long currentVersion, Object theirChange, String theirName, Instant theirTime) {
        super("edit conflict on " + part);
        this.part = part;
        this.currentVersion = currentVersion;
        this.theirChange = theirChange;
        this.theirName = theirName;
        this.theirTime = theirTime;
    }

    public String part() {
        return part;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Object theirChange() {
        return theirChange;
    }

    public String theirName() {
        return theirName;
    }

    public Instant theirTime() {
        return theirTime;
    }
}
