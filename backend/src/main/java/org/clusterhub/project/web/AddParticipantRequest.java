package org.clusterhub.project.web;

import java.util.Set;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.shared.City;

record AddParticipantRequest(String organization, City city, Set<ProjectSection> sections) {
}
