package org.clusterhub.activity.api;

/** Partners suggested to one registrant of a matchmaking activity, best first. */
public record FindPartnerSuggestionsQuery(
        ActivityId activityId,
        RegistrationId registrationId,
        int limit) {
}
