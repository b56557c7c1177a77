package org.clusterhub.consortium.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumId;
import org.clusterhub.consortium.api.ConsortiumMemberView;
import org.clusterhub.consortium.api.ConsortiumStatus;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.MemberOrigin;
import org.clusterhub.consortium.api.MemberRole;
import org.clusterhub.consortium.api.MembershipState;
import org.clusterhub.consortium.api.TechnologyArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One consortium as its page shows it, with the membership board. Read by id only; the list reads the lean
 * {@link ConsortiumListDocument}. Written only by {@link ConsortiumCatalogProjection}.
 */
@Document("consortia")
class ConsortiumDocument {
    @Id
    String id;
    long version;
    String clusterId;
    String name;
    TechnologyArea area;
    List<String> keywords = new ArrayList<>();
    String aims;
    List<String> platforms = new ArrayList<>();
    String leadOrganization;
    String leadCreditCode;
    ConsortiumStatus status;
    List<Entry> members = new ArrayList<>();
    Instant proposedAt;
    Instant foundedAt;
    String registrationNumber;
    String registrationNote;
    Instant registeredAt;
    String dissolutionReason;
    Instant dissolvedAt;
    Instant lastChangedAt;

    /** One organization on the board. */
    static class Entry {
        String organization;
        String creditCode;
        OrganizationKind kind;
        MemberOrigin origin;
        String region;
        MemberRole role;
        MembershipState state;
        boolean requiredForFounding;
        Commitment commitment;
        String note;
        Instant since;

        ConsortiumMemberView toView() {
            return new ConsortiumMemberView(organization, creditCode, kind, origin, region, role, state,
                    requiredForFounding, commitment, note, since);
        }
    }

    Entry entry(String creditCode) {
        return members.stream().filter(m -> m.creditCode.equals(creditCode)).findFirst().orElse(null);
    }

    /** Adds the organization to the board, or puts it back there (invited again, applying again). */
    Entry enter(String creditCode) {
        Entry entry = entry(creditCode);
        if (entry == null) {
            entry = new Entry();
            entry.creditCode = creditCode;
            members.add(entry);
        }
        return entry;
    }

    ConsortiumView toView(String clusterName) {
        return new ConsortiumView(ConsortiumId.of(id), version, ClusterId.of(clusterId), clusterName, name, area,
                List.copyOf(keywords), aims, List.copyOf(platforms), leadOrganization, leadCreditCode, status,
                members.stream().map(Entry::toView).toList(), proposedAt, foundedAt, registrationNumber,
                registrationNote, registeredAt, dissolutionReason, dissolvedAt, lastChangedAt);
    }

    ConsortiumListDocument toRow() {
        ConsortiumListDocument row = new ConsortiumListDocument();
        row.id = id;
        row.version = version;
        row.clusterId = clusterId;
        row.name = name;
        row.area = area;
        row.leadOrganization = leadOrganization;
        row.status = status;
        row.memberCount = (int) members.stream().filter(m -> m.state == MembershipState.MEMBER).count();
        row.openInvitations = (int) members.stream().filter(m -> m.state == MembershipState.INVITED).count();
        // Invited and applying organizations see the consortia that concern them ("mine"), not only members.
        row.organizations = members.stream().filter(m -> m.state == MembershipState.MEMBER
                || m.state == MembershipState.INVITED || m.state == MembershipState.APPLIED)
                .map(m -> m.organization).toList();
        List<String> words = new ArrayList<>(List.of(name, leadOrganization));
        words.addAll(keywords);
        members.forEach(m -> words.add(m.organization));
        row.search = String.join(" ", words).toLowerCase(Locale.ROOT);
        row.lastChangedAt = lastChangedAt;
        return row;
    }
}
