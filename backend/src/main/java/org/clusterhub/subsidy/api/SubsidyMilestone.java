package org.clusterhub.subsidy.api;

/** A milestone of a project as the funding programmes know it: a tranche may wait for its completion. */
public record SubsidyMilestone(String milestoneId, String title, boolean completed) {
}
