package org.clusterhub.consortium.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a consortium came from, when it grew out of a matchmaking meeting (对接洽谈) at a cluster activity (ADR 018):
 * the activity and the meeting. Plain ids, not the activity context's types: the provenance view reads them by name.
 */
public record ConsortiumOrigin(@NotBlank @Size(max = 40) String activityId,
                               @NotBlank @Size(max = 40) String meetingId) {
}
