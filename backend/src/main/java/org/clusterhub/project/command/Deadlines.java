package org.clusterhub.project.command;

import java.util.List;

/** Names of the deadlines a project schedules. */
final class Deadlines {
    static final String CITY_REVIEW = "project-city-review";
    static final String EXPERT_REVIEW = "project-expert-review";
    static final String PUBLICITY = "project-publicity";
    static final String MILESTONE = "project-milestone";
    static final String SELF_EVALUATION = "project-self-evaluation";
    static final List<String> ALL = List.of(CITY_REVIEW, EXPERT_REVIEW, PUBLICITY, MILESTONE, SELF_EVALUATION);

    private Deadlines() {
    }
}
