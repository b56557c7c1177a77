package org.clusterhub.supervision.api;

import java.util.List;

public record SubsidyProjectList(List<SubsidyProject> items) {
}
