package org.clusterhub.supervision.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.supervision.api.EvaluationStatus;
import org.clusterhub.supervision.api.EvaluationView;
import org.clusterhub.supervision.api.OrganizationGrade;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One yearly evaluation, written by id under the aggregate's version. */
@Document("evaluations")
@CompoundIndex(name = "list", def = "{'year': -1, 'sortOrder': 1, 'clusterId': 1}")
class EvaluationDocument {
    @Id
    String id;
    long version;
    String clusterId;
    Integer planNumber;
    int sortOrder;
    String clusterNameZh;
    String clusterNameEn;
    String promotionOrganizationZh;
    String promotionOrganizationEn;
    int year;
    EvaluationStatus status;
    LocalDate selfAssessmentDue;
    EvaluationView.Step opened;
    EvaluationView.SelfAssessment selfAssessment;
    EvaluationView.Scoring scoring;
    EvaluationView.Result result;
    List<EvaluationView.Correction> corrections = new ArrayList<>();
    /** The result as it stands (after corrections), for the list. */
    OrganizationGrade grade;
    Integer overallScore;
    Instant lastChangedAt;
}
