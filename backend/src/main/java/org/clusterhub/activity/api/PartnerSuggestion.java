package org.clusterhub.activity.api;

import java.util.List;

public record PartnerSuggestion(
        MatchmakingProfileView partner,
        int score,
        List<SuggestionReason> reasons) {
}
