package org.clusterhub.project.api;

import java.time.LocalDate;

public record PublicityEndedEvent(ProjectId projectId, LocalDate endedOn, int objections) {
}
