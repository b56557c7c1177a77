package org.clusterhub.project.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.AttachmentView;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;
import org.clusterhub.project.api.ChangeRequestView;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.ExpertResult;
import org.clusterhub.project.api.ExpertReviewView;
import org.clusterhub.project.api.ExpertSeatView;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.IndicatorView;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.MilestoneView;
import org.clusterhub.project.api.ObjectionView;
import org.clusterhub.project.api.ParticipantRole;
import org.clusterhub.project.api.ParticipantView;
import org.clusterhub.project.api.PartStamp;
import org.clusterhub.project.api.ProjectBaseline;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.project.api.PublicityView;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.project.api.StageNote;
import org.clusterhub.shared.City;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One project as its screen shows it. Written only by {@link ProjectCatalogProjection}, read by id. Its changes are
 * plain Java on a loaded copy (events never reach here out of order: one project's events are handled in sequence),
 * and the projection writes the result guarded by the version.
 *
 * <p>Parts and change proposals are kept as lists, not maps: their keys are ids chosen by callers, and a map key
 * with a dot or a leading {@code $} is not a valid MongoDB field name.
 */
@Document("projects")
class ProjectDocument {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Id
    String id;
    long version;
    String clusterId;
    ProjectKind kind;
    String title;
    String leadOrganization;
    City city;
    String personInCharge;
    int startYear;
    int endYear;
    String aims;
    String content;
    ProjectStatus status;
    LibraryState libraryState;
    List<ParticipantView> participants = new ArrayList<>();
    List<Line> budgetLines = new ArrayList<>();
    List<Step> milestones = new ArrayList<>();
    List<IndicatorView> indicators = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    Review review;
    Publicity publicity;
    List<Change> changeRequests = new ArrayList<>();
    List<AttachmentView> attachments = new ArrayList<>();
    List<StageNote> notes = new ArrayList<>();
    /** What is overdue: a {@code DeadlineKind} name, or {@code MILESTONE:<id>}; cleared when the work is done. */
    List<String> overdue = new ArrayList<>();
    ProjectBaseline baseline;
    BigDecimal approvedBudget;
    BigDecimal provincialSubsidy;
    Instant lastChangedAt;

    /** The last change of one editable part (see {@code Project.partOf}). */
    record Part(String key, long version, String byName, String byOrganization, Instant at) {
    }

    static class Line {
        String lineId;
        String item;
        FundingSource source;
        BigDecimal amount;
        BigDecimal approvedAmount;
        BigDecimal spent = ZERO;
    }

    static class Step {
        String milestoneId;
        String title;
        LocalDate dueDate;
        String deliverable;
        String ownerOrganization;
        int percentComplete;
        boolean completed;
        String lastReport;
    }

    static class Review {
        List<ScoringCriterion> criteria = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        LocalDate dueDate;
        long seed;
        List<String> excluded = new ArrayList<>();
        /** Empty until every expert has locked: the scores arrive only with the completion. */
        List<ExpertResult> results = new ArrayList<>();
        BigDecimal averageScore;
    }

    /** An expert's seat: declared and locked, never the scores (they are sealed until the review completes). */
    static class Seat {
        String username;
        String displayName;
        String organization;
        boolean declared;
        boolean conflicted;
        boolean locked;
    }

    static class Publicity {
        long publishedVersion;
        LocalDate startsOn;
        LocalDate endsOn;
        boolean ended;
        List<ObjectionView> objections = new ArrayList<>();
    }

    static class Change {
        String changeRequestId;
        ChangeKind kind;
        String reason;
        Proposal proposal;
        String requestedBy;
        Instant requestedAt;
        String decision;
        String comment;
    }

    record Amount(String id, BigDecimal value) {
    }

    record Proposal(String leadOrganization, String personInCharge, Integer endYear, List<Amount> budgetLineAmounts,
                    String content, List<Amount> indicatorTargets) {

        static Proposal of(ChangeProposal p) {
            return new Proposal(p.leadOrganization(), p.personInCharge(), p.endYear(),
                    amounts(p.budgetLineAmounts()), p.content(), amounts(p.indicatorTargets()));
        }

        ChangeProposal toApi() {
            return new ChangeProposal(leadOrganization, personInCharge, endYear, map(budgetLineAmounts), content,
                    map(indicatorTargets));
        }

        private static List<Amount> amounts(Map<String, BigDecimal> values) {
            return values == null ? null : values.entrySet().stream()
                    .map(e -> new Amount(e.getKey(), e.getValue())).toList();
        }

        private static Map<String, BigDecimal> map(List<Amount> amounts) {
            if (amounts == null) {
                return null;
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            amounts.forEach(a -> values.put(a.id(), a.value()));
            return values;
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    Line line(String lineId) {
        return budgetLines.stream().filter(l -> l.lineId.equals(lineId)).findFirst().orElse(null);
    }

    Step milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId.equals(milestoneId)).findFirst().orElse(null);
    }

    Change change(String changeRequestId) {
        return changeRequests.stream().filter(c -> c.changeRequestId.equals(changeRequestId)).findFirst()
                .orElse(null);
    }

    Seat seat(String username) {
        return review == null ? null : review.seats.stream().filter(s -> s.username.equals(username)).findFirst()
                .orElse(null);
    }

    /** The current plan's total (万元): what is requested before approval. */
    BigDecimal requestedBudget() {
        return budgetLines.stream().map(l -> l.amount).reduce(ZERO, BigDecimal::add);
    }

    BigDecimal spent() {
        return budgetLines.stream().map(l -> l.spent).reduce(ZERO, BigDecimal::add);
    }

    /** The center city and every participant's city: the cities a coordinator sees the project in. */
    List<City> cities() {
        Set<City> all = new LinkedHashSet<>();
        all.add(city);
        participants.forEach(p -> {
            if (p.city() != null) {
                all.add(p.city());
            }
        });
        return new ArrayList<>(all);
    }

    List<String> organizations() {
        return participants.stream().map(ParticipantView::organization).toList();
    }

    // ---- changing ----------------------------------------------------------------------------------------------

    void stamp(String key, PartStamp stamp) {
        parts.removeIf(p -> p.key().equals(key));
        parts.add(new Part(key, stamp.version(), stamp.byName(), stamp.byOrganization(), stamp.at()));
    }

    void unstamp(String key) {
        parts.removeIf(p -> p.key().equals(key));
    }

    void note(String stage, String text, PartStamp stamp) {
        notes.add(new StageNote(stage, text, stamp.byName(), stamp.at()));
    }

    void participant(String organization, City participantCity, ParticipantRole role, Set<ProjectSection> sections) {
        List<ParticipantView> updated = new ArrayList<>();
        boolean found = false;
        for (ParticipantView p : participants) {
            if (p.organization().equals(organization)) {
                updated.add(new ParticipantView(organization, participantCity, role, sections));
                found = true;
            } else {
                updated.add(p);
            }
        }
        if (!found) {
            updated.add(new ParticipantView(organization, participantCity, role, sections));
        }
        participants = updated;
    }

    ParticipantView participant(String organization) {
        return participants.stream().filter(p -> p.organization().equals(organization)).findFirst().orElse(null);
    }

    void indicator(IndicatorView indicator) {
        List<IndicatorView> updated = new ArrayList<>();
        boolean found = false;
        for (IndicatorView i : indicators) {
            if (i.indicatorId().equals(indicator.indicatorId())) {
                updated.add(indicator);
                found = true;
            } else {
                updated.add(i);
            }
        }
        if (!found) {
            updated.add(indicator);
        }
        indicators = updated;
    }

    void overdue(String what) {
        if (!overdue.contains(what)) {
            overdue.add(what);
        }
    }

    void done(String what) {
        overdue.remove(what);
    }

    /** Approved amounts follow approvals (立项 and approved budget changes); the sums follow the lines. */
    void recomputeApprovedSums() {
        approvedBudget = budgetLines.stream().map(l -> l.approvedAmount).filter(Objects::nonNull)
                .reduce(ZERO, BigDecimal::add);
        provincialSubsidy = budgetLines.stream().filter(l -> l.source == FundingSource.PROVINCIAL_SUBSIDY)
                .map(l -> l.approvedAmount).filter(Objects::nonNull).reduce(ZERO, BigDecimal::add);
    }

    void makeLead(String organization) {
        ParticipantView oldLead = participant(leadOrganization);
        if (oldLead != null) {
            participant(oldLead.organization(), oldLead.city(), ParticipantRole.PARTNER, oldLead.sections());
        }
        ParticipantView newLead = participant(organization);
        participant(organization, newLead == null ? city : newLead.city(), ParticipantRole.LEAD,
                EnumSet.allOf(ProjectSection.class));
        leadOrganization = organization;
    }

    // ---- views -------------------------------------------------------------------------------------------------

    ProjectView toView(String clusterName, LocalDate today) {
        Map<String, PartStamp> stamps = new LinkedHashMap<>();
        parts.forEach(p -> stamps.put(p.key(), new PartStamp(p.version(), p.byName(), p.byOrganization(), p.at())));
        List<BudgetLineView> lines = budgetLines.stream()
                .map(l -> new BudgetLineView(l.lineId, l.item, l.source, l.amount, l.approvedAmount, l.spent))
                .toList();
        List<MilestoneView> steps = milestones.stream()
                .map(m -> new MilestoneView(m.milestoneId, m.title, m.dueDate, m.deliverable, m.ownerOrganization,
                        m.percentComplete, m.completed, isOverdue(m, today), m.lastReport))
                .toList();
        ExpertReviewView reviewView = review == null ? null : new ExpertReviewView(List.copyOf(review.criteria),
                review.seats.stream().map(s -> new ExpertSeatView(s.username, s.displayName, s.organization,
                        s.declared, s.conflicted, s.locked)).toList(), review.dueDate, review.seed,
                List.copyOf(review.excluded), List.copyOf(review.results), review.averageScore);
        PublicityView publicityView = publicity == null ? null : new PublicityView(publicity.publishedVersion,
                publicity.startsOn, publicity.endsOn, publicity.ended, List.copyOf(publicity.objections));
        List<ChangeRequestView> changes = changeRequests.stream()
                .map(c -> new ChangeRequestView(c.changeRequestId, c.kind, c.reason,
                        c.proposal == null ? null : c.proposal.toApi(), c.requestedBy, c.requestedAt, c.decision,
                        c.comment))
                .toList();
        List<String> overdueNow = new ArrayList<>(overdue);
        steps.stream().filter(MilestoneView::overdue).map(m -> "MILESTONE:" + m.milestoneId())
                .filter(key -> !overdueNow.contains(key)).forEach(overdueNow::add);
        return new ProjectView(ProjectId.of(id), version, ClusterId.of(clusterId), clusterName, kind, title,
                leadOrganization, city, personInCharge, startYear, endYear, aims, content, status, libraryState,
                List.copyOf(participants), lines, steps, List.copyOf(indicators), stamps, reviewView, publicityView,
                changes, List.copyOf(attachments), List.copyOf(notes), List.copyOf(overdueNow), baseline,
                requestedBudget(), approvedBudget, provincialSubsidy, spent(), lastChangedAt);
    }

    /**
     * Overdue when its deadline was recorded as missed, or when its date has passed while the project is underway
     * (a missed-deadline event may still be on its way, or the deadline manager was down).
     */
    private boolean isOverdue(Step m, LocalDate today) {
        if (m.completed) {
            return false;
        }
        return overdue.contains("MILESTONE:" + m.milestoneId)
                || status != null && status.isUnderway() && m.dueDate != null && m.dueDate.isBefore(today);
    }

    /** The lean library row for this project, in the same version. */
    ProjectLibraryDocument toLibrary() {
        ProjectLibraryDocument row = new ProjectLibraryDocument();
        row.id = id;
        row.version = version;
        row.clusterId = clusterId;
        row.kind = kind;
        row.status = status;
        row.statusOrder = status.ordinal();
        row.libraryState = libraryState;
        row.title = title;
        row.leadOrganization = leadOrganization;
        row.city = city;
        row.cities = cities();
        row.organizations = new ArrayList<>(organizations());
        row.startYear = startYear;
        row.endYear = endYear;
        row.requested = ProjectLibraryDocument.cents(requestedBudget());
        row.approved = ProjectLibraryDocument.centsOrNull(approvedBudget);
        row.subsidy = ProjectLibraryDocument.centsOrNull(provincialSubsidy);
        row.spent = ProjectLibraryDocument.cents(spent());
        row.funding = row.approved != null ? row.approved : row.requested;
        row.overdue = !overdue.isEmpty();
        row.search = Stream.concat(Stream.of(title, leadOrganization, personInCharge), organizations().stream())
                .filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.joining("\n"));
        row.lastChangedAt = lastChangedAt;
        return row;
    }

    static Seat seatOf(ExpertCandidate candidate) {
        Seat seat = new Seat();
        seat.username = candidate.username();
        seat.displayName = candidate.displayName();
        seat.organization = candidate.organization();
        return seat;
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
