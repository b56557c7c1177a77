package org.clusterhub.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** A partner who helps hold an activity: another cluster, a city, an institute, an enterprise or a partner abroad. */
public record CoOrganizer(
        @NotNull CoOrganizerKind kind,
        @NotBlank @Size(max = 100) @PlainText String name) {
}
