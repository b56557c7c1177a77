package org.clusterhub.cluster.api;

import java.time.Instant;
import java.util.List;
import org.clusterhub.shared.City;

/**
 * A cluster as its detail page shows it; {@code version} is the sequence number of the last event applied;
 * {@code nationallyLeading} is null unless the province's 国内领先 assessment stands.
 */
public record ClusterDetails(ClusterId clusterId, long version, Integer planNumber, String code, String nameZh,
                             String nameEn, ClusterLevel level, PromotionOrganization promotionOrganization,
                             List<City> centerCities, List<City> keyCities, List<City> radiatedCities,
                             List<LeadingEnterprise> leadingEnterprises, List<String> supportingPlatforms,
                             List<String> focusAreas, List<String> focusAreasEn,
                             List<MemberOrganizationView> members, List<CompetitionEntry> nationalCompetition,
                             boolean retired, String retirementReason, Instant lastChangedAt,
                             NationallyLeading nationallyLeading) {

    public record CompetitionEntry(int round, String description, CompetitionOutcome outcome, String note) {
    }
}
