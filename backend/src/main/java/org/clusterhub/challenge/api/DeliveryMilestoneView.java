package org.clusterhub.challenge.api;

import java.time.LocalDate;

/** A delivery milestone with its latest progress report and acceptance. */
public record DeliveryMilestoneView(String milestoneId, String title, LocalDate dueDate, int percentComplete,
                                    String lastNote, boolean accepted, String acceptanceOpinion) {
}
