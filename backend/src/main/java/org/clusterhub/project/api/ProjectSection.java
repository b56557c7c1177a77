package org.clusterhub.project.api;

/** The parts of a project that promotion staff can give to a participating organization to edit. */
public enum ProjectSection {
    AIMS,
    CONTENT,
    BUDGET,
    MILESTONES,
    INDICATORS
}
