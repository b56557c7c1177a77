package org.clusterhub.subsidy.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.shared.City;
import org.clusterhub.subsidy.api.*;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grant with its tranches (万元). Written only by {@link SubsidyCatalogProjection}. {@code version} is the
 * programme's sequence number of the last event applied to this grant. The indexes serve a real MongoDB: the
 * programme's grants, and each reader's scope (cluster, city, organization), most recently changed first.
 */
@Document("subsidy_grants")
@CompoundIndex(name = "programme_recent", def = "{'programmeId': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "cluster_recent", def = "{'clusterId': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "city_recent", def = "{'city': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "organization_recent", def = "{'organization': 1, 'lastChangedAt': -1}")
@CompoundIndex(name = "project_recent", def = "{'projectId': 1, 'lastChangedAt': -1}")
class GrantDocument {
    @Id
    String id;
    long version;
    String programmeId;
    String programmeName;
    ProgrammeKind programmeKind;
    int year;
    RecipientKind recipientKind;
    String projectId;
    String projectTitle;
    String organization;
    String clusterId;
    City city;
    BigDecimal amount;
    BigDecimal paid;
    GrantState state;
    String purpose;
    List<TrancheEntry> tranches = new ArrayList<>();
    Instant awardedAt;
    Instant lastChangedAt;
    String withdrawalReason;
    String search;

    static class TrancheEntry {
        int number;
        BigDecimal amount;
        TrancheCondition condition;
        String milestoneId;
        String milestoneTitle;
        String note;
        TrancheState state;
        Instant payableSince;
        String evidence;
        LocalDate paidOn;
        String voucher;

        static TrancheEntry of(Tranche terms) {
            TrancheEntry entry = new TrancheEntry();
            entry.number = terms.number();
            entry.amount = terms.amount();
            entry.condition = terms.condition();
            entry.milestoneId = terms.milestoneId();
            entry.milestoneTitle = terms.milestoneTitle();
            entry.note = terms.note();
            entry.state = TrancheState.WAITING;
            return entry;
        }

        TrancheView toView() {
            return new TrancheView(number, amount, condition, milestoneId, milestoneTitle, note, state, payableSince,
                    evidence, paidOn, voucher);
        }
    }

    TrancheEntry tranche(int number) {
        return tranches.stream().filter(t -> t.number == number).findFirst().orElse(null);
    }

    /** What may be paid now: tranches whose condition is met and that are not paid. */
    BigDecimal payable() {
        return tranches.stream().filter(t -> t.state == TrancheState.PAYABLE).map(t -> t.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    void settle() {
        if (state != GrantState.WITHDRAWN) {
            state = paid.compareTo(amount) >= 0 ? GrantState.SETTLED : GrantState.ACTIVE;
        }
    }

    void index() {
        search = String.join(" ", organization == null ? "" : organization,
                projectTitle == null ? "" : projectTitle, purpose == null ? "" : purpose,
                programmeName == null ? "" : programmeName).toLowerCase(Locale.ROOT);
    }

    GrantView toView(String clusterName) {
        return new GrantView(GrantId.of(id), FundingProgrammeId.of(programmeId), programmeName, year, programmeKind,
                recipientKind, projectId == null ? null : ProjectId.of(projectId), projectTitle, organization,
                clusterId == null ? null : ClusterId.of(clusterId), clusterName, city, amount, paid, payable(), state,
                purpose, tranches.stream().map(TrancheEntry::toView).toList(), awardedAt, lastChangedAt,
                withdrawalReason, version);
    }
}
