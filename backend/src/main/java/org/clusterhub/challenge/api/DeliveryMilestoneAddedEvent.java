package org.clusterhub.challenge.api;

import java.time.LocalDate;

/** A delivery milestone was planned. */
public record DeliveryMilestoneAddedEvent(ChallengeId challengeId,
        String milestoneId,
        String title,
        LocalDate dueDate) {
}
