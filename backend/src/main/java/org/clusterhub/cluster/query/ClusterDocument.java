package org.clusterhub.cluster.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.cluster.api.ClusterDetails.CompetitionEntry;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.LeadingEnterprise;
import org.clusterhub.cluster.api.MemberOrganizationView;
import org.clusterhub.cluster.api.NationallyLeading;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The read model of one cluster: directory row and detail page. Written only by {@link ClusterCatalogProjection}. */
@Document("clusters")
class ClusterDocument {
    @Id
    String id;
    long version;
    Integer planNumber;
    /** Plan number, or 1000 for clusters added later, so that the directory keeps the plan's order. */
    @Indexed
    int sortOrder;
    @Indexed(unique = true)
    String code;
    String nameZh;
    String nameEn;
    @Indexed
    ClusterLevel level;
    PromotionOrganization promotionOrganization;
    List<City> centerCities = new ArrayList<>();
    List<City> keyCities = new ArrayList<>();
    List<City> radiatedCities = new ArrayList<>();
    /** Center and key cities together, for the city filter (the cities a directory row shows). */
    @Indexed
    List<City> allCities = new ArrayList<>();
    List<LeadingEnterprise> leadingEnterprises = new ArrayList<>();
    List<String> supportingPlatforms = new ArrayList<>();
    List<String> focusAreas = new ArrayList<>();
    List<String> focusAreasEn = new ArrayList<>();
    List<MemberOrganizationView> members = new ArrayList<>();
    List<CompetitionEntry> nationalCompetition = new ArrayList<>();
    @Indexed
    boolean retired;
    String retirementReason;
    /** The standing 国内领先 assessment, or null. */
    NationallyLeading nationallyLeading;
    @Indexed
    boolean leading;
    /** Lower-case names, promotion organization and focus areas, for the text filter. */
    String searchText;
    Instant lastChangedAt;
}
