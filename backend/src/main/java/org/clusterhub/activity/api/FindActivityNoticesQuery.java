package org.clusterhub.activity.api;

/** Notices for an organization: its activities changed or were cancelled, its registrations moved. */
public record FindActivityNoticesQuery(
        String organization,
        int offset,
        int limit) {
}
