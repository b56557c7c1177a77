package org.clusterhub.activity.api;

/** Where one registration stands. */
public enum RegistrationStatus {
    /** Holds a seat until the organizer approves or rejects it. */
    PENDING_APPROVAL,
    CONFIRMED,
    /** No seat: moves up by itself when a seat frees. */
    WAITING,
    REJECTED,
    CANCELLED
}
