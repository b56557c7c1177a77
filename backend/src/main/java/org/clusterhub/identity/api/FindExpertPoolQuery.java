package org.clusterhub.identity.api;

/** The provincial expert pool (专家库): every account with the expert role. */
public record FindExpertPoolQuery() {
}
