package org.clusterhub.project.api;

import java.util.Set;
import org.clusterhub.shared.City;

public record ParticipantAddedEvent(ProjectId projectId, String organization, City city, ParticipantRole role,
                                    Set<ProjectSection> sections) {
}
