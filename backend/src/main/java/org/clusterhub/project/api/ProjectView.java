package org.clusterhub.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clusterhub.cluster.api.ClusterId;
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
}
