package org.clusterhub.activity.api;

/** Why a registrant's organization gets a notice. */
public enum NoticeKind {
    /** The time or place changed. */
    REVISED,
    CANCELLED,
    /** A seat freed and the waiting registration got it. */
    PROMOTED,
    APPROVED,
    REJECTED
}
