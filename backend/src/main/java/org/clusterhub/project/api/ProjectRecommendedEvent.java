package org.clusterhub.project.api;

import org.clusterhub.shared.City;

public record ProjectRecommendedEvent(ProjectId projectId, City city, String opinion) {
}
