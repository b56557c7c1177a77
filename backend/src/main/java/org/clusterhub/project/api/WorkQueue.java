package org.clusterhub.project.api;

import java.util.List;

public record WorkQueue(List<WorkItem> items) {
}
