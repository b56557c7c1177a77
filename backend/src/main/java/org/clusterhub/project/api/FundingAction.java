package org.clusterhub.project.api;

/** What happens to the provincial subsidy when a project is suspended or terminated. */
public enum FundingAction {
    NONE,
    PAUSE,
    REDUCE,
    RECOVER
}
