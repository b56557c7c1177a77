package org.clusterhub.activity.api;

import java.util.List;

public record PartnerSuggestions(
        List<PartnerSuggestion> items) {
}
