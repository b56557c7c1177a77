package org.clusterhub.activity.api;

/** An organization's registrations across activities, the next activity first. */
public record FindOrganizationRegistrationsQuery(
        String organization,
        int offset,
        int limit) {
}
