package org.clusterhub.project.api;

import java.time.Instant;

public record ObjectionView(String objectionId, String realName, String organization, String text,
                            long publishedVersion, String answer, Instant raisedAt) {
}
