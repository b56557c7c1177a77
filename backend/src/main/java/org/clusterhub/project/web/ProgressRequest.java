package org.clusterhub.project.web;

import java.util.List;

/** Progress on a milestone, with evidence (ids of the project's attachments). */
record ProgressRequest(int percentComplete, String note, List<String> evidence) {
}
