package org.clusterhub.identity.api;

import java.util.List;
import org.clusterhub.project.api.ExpertCandidate;

public record ExpertPool(List<ExpertCandidate> experts) {
}
