package org.clusterhub.operations.api;

/** How a read-model rebuild ended, or that it still runs. */
public enum RebuildStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
