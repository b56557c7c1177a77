package org.clusterhub.zone.web;

/** Body of a step that needs a reason (not selected, re-applied, a task removed). */
public record ReasonRequest(String reason) {
}
