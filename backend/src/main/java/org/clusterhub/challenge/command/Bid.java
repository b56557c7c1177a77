package org.clusterhub.challenge.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.clusterhub.challenge.api.BidScoredEvent;
import org.clusterhub.challenge.api.BidWithdrawnEvent;

/**
 * One bid: whose it is (the organization, and a consortium's members), whether it still stands, and the weighted
 * total each evaluator gave it. Its content is not kept here: no decision depends on it, and the aggregate never
 * needs to read a sealed value back.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Bid {

    @EntityId
    private String bidId;
    private String organization;
    private String consortiumName;
    private Set<String> memberOrganizations;
    private boolean withdrawn;
    private final Map<String, BigDecimal> totalsByEvaluator = new LinkedHashMap<>();

    /** For Jackson. */
    Bid() {
    }

    Bid(String bidId, String organization, String consortiumName, Set<String> memberOrganizations) {
        this.bidId = bidId;
        this.organization = organization;
        this.consortiumName = consortiumName;
        this.memberOrganizations = Set.copyOf(memberOrganizations);
    }

    String bidId() {
        return bidId;
    }

    String organization() {
        return organization;
    }

    String consortiumName() {
        return consortiumName;
    }

    boolean active() {
        return !withdrawn;
    }

    /** The bidding organization or, for a consortium, any of its members: an evaluator from one has a conflict. */
    boolean involves(String otherOrganization) {
        String other = otherOrganization.strip();
        return organization.equals(other) || memberOrganizations.contains(other);
    }

    boolean scoredBy(String evaluator) {
        return totalsByEvaluator.containsKey(evaluator);
    }

    Map<String, BigDecimal> totals() {
        return totalsByEvaluator;
    }

    @EventSourcingHandler
    void on(BidWithdrawnEvent event) {
        if (bidId.equals(event.bidId())) {
            withdrawn = true;
        }
    }

    @EventSourcingHandler
    void on(BidScoredEvent event) {
        if (bidId.equals(event.bidId())) {
            totalsByEvaluator.put(event.evaluator(), event.weightedTotal());
        }
    }

    /** Value equality: the test fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bid other && Objects.equals(bidId, other.bidId)
                && Objects.equals(organization, other.organization)
                && Objects.equals(consortiumName, other.consortiumName)
                && Objects.equals(memberOrganizations, other.memberOrganizations) && withdrawn == other.withdrawn
                && Objects.equals(totalsByEvaluator, other.totalsByEvaluator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bidId, organization, withdrawn);
    }
}
