package org.clusterhub.supervision.api;

/** What a check of a stored history can find. */
public enum IntegrityProblem {
    /** The event's stored form no longer matches its hash: payload, metadata, time or type were changed. */
    ALTERED,
    /** One or more events are gone: the sequence numbers jump. */
    MISSING,
    /** The event carries no hash: stored before chaining began, or its hash was removed. */
    UNCHAINED,
    /** The stored event cannot be read at all. */
    UNREADABLE
}
