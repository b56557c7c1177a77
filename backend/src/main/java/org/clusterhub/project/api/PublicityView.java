package org.clusterhub.project.api;

import java.time.LocalDate;
import java.util.List;

public record PublicityView(long publishedVersion, LocalDate startsOn, LocalDate endsOn, boolean ended,
                            List<ObjectionView> objections) {
}
