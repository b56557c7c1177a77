package org.clusterhub.project.web;

import org.clusterhub.project.api.AcceptanceResult;

record AcceptanceResultRequest(AcceptanceResult result, String comments) {
}
