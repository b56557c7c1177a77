package org.clusterhub.subsidy.api;

/**
 * Projects in the project library that a grant may go to, by title (or lead organization) containing {@code text},
 * ignoring case; answered with a {@link SubsidyProjectList} of at most {@code limit}.
 */
public record FindSubsidyProjectsQuery(String text, int limit) {
}
