package org.clusterhub.subsidy.api;

import java.util.List;

public record SubsidyProjectList(List<SubsidyProject> items) {
}
