package org.clusterhub.project.web;

import java.util.Set;
import org.clusterhub.project.api.ProjectSection;

record AssignSectionsRequest(Set<ProjectSection> sections) {
}
