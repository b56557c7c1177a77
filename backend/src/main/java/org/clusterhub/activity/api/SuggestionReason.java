package org.clusterhub.activity.api;

/** Why a partner was suggested, and the points it gave: {@code detail} names what matched (a tag, an offer and
 * the need it meets, the chain positions, the city, the cluster). */
public record SuggestionReason(
        ReasonKind kind,
        String detail,
        int points) {
}
