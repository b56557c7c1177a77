package org.clusterhub.project.api;

import java.time.Instant;

/** Who last changed one editable part, at which aggregate version and when. */
public record PartStamp(long version, String byName, String byOrganization, Instant at) {
}
