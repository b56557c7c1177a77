package org.clusterhub.project.api;

/** One expert's seat on a panel: whether they declared, and whether they locked (never their scores). */
public record ExpertSeatView(String username, String displayName, String organization, boolean declared,
                             boolean conflicted, boolean locked) {
}
