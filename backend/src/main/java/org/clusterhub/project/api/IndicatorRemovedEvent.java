package org.clusterhub.project.api;

public record IndicatorRemovedEvent(ProjectId projectId, String indicatorId) {
}
