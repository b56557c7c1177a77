package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;

/**
 * Everything the project screen shows. Amounts are in 万元. {@code parts} tells, for each editable part (e.g.
 * {@code section:AIMS}, {@code budget:<line id>}), the version that last changed it and who did: an editor sends its
 * edit against that version.
 *
 * @param baseline the approved plan, null before approval
 * @param review the expert review; its results are empty until every expert has locked
 */
public record ProjectView(ProjectId projectId, long version, ClusterId clusterId, String clusterName,
                          ProjectKind kind, String title, String leadOrganization, City city, String personInCharge,
                          int startYear, int endYear, String aims, String content, ProjectStatus status,
                          LibraryState libraryState, List<ParticipantView> participants,
                          List<BudgetLineView> budgetLines, List<MilestoneView> milestones,
                          List<IndicatorView> indicators, Map<String, PartStamp> parts, ExpertReviewView review,
                          PublicityView publicity, List<ChangeRequestView> changeRequests,
                          List<AttachmentView> attachments, List<StageNote> notes, List<String> overdue,
                          ProjectBaseline baseline, BigDecimal requestedBudget, BigDecimal approvedBudget,
                          BigDecimal provincialSubsidy, BigDecimal spent, Instant lastChangedAt) {

    /**
     * Who may read this project, on screen and over the API: the library's scopes ({@code ProjectScope}), plus the
     * experts drawn for its review, plus everyone while it is in publicity (公示 publishes it, and anyone may object).
     */
    public boolean readableBy(Actor actor) {
        if (status == ProjectStatus.PUBLICITY) {
            return true;
        }
        return switch (actor.role()) {
            case SUPERVISOR, SYSTEM -> true;
            case PROMOTION_STAFF -> actor.isStaffOf(clusterId.toString());
            case CITY_COORDINATOR -> actor.city() != null && (actor.city() == city
                    || participants.stream().anyMatch(p -> p.city() == actor.city()));
            case MEMBER -> hasParticipant(actor.organization());
            case EXPERT -> hasParticipant(actor.organization()) || review != null && review.experts().stream()
                    .anyMatch(seat -> seat.username().equals(actor.username()));
        };
    }

    private boolean hasParticipant(String organization) {
        return organization != null && participants.stream().anyMatch(p -> p.organization().equals(organization));
    }
}
