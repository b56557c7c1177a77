package org.clusterhub.project.api;

import java.time.Instant;

/** A comment a reviewer left at a stage (city opinion, return comments, decisions, evaluations). */
public record StageNote(String stage, String text, String byName, Instant at) {
}
