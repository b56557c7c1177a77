package org.clusterhub.operations.api;

/** Where a read-model rebuild stands (ADR 019). */
public enum RebuildPhase {
    /** Reading the event store from its first event into the new read model; the old one keeps serving. */
    READING,
    /** Writing the new read model's collections next to the old ones. */
    WRITING,
    /** Following the events stored since, until the new read model has caught up with the store's head. */
    CATCHING_UP,
    /** The live processor paused for the last events; the queries switch to the new collections. */
    SWITCHING
}
