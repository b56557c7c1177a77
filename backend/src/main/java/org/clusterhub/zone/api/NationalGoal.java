package org.clusterhub.zone.api;

/**
 * The province's progress toward the plan's goal of at least {@code target} national-level zones by
 * {@code deadlineYear}: how many are created, in national creation, recommended.
 */
public record NationalGoal(int target, int deadlineYear, int created, int inNationalCreation, int recommended,
                           int notSelected) {
}
