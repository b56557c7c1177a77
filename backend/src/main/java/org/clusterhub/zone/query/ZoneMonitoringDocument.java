package org.clusterhub.zone.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clusterhub.shared.City;
import org.clusterhub.zone.api.ReportExchange;
import org.clusterhub.zone.api.ReportState;
import org.clusterhub.zone.api.ZoneCreationStatus;
import org.clusterhub.zone.api.ZoneKind;
import org.clusterhub.zone.api.ZoneTarget;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One zone's creation and monitoring: status, targets, reported values with their questions and answers, task
 * list. Written only by {@link ZoneMonitoringProjection}, by id, guarded by the aggregate version. Lists, not maps:
 * indicator names and task ids are chosen by people, and a map key with a dot is not a valid MongoDB field name.
 */
@Document("zone_monitoring")
class ZoneMonitoringDocument {
    @Id
    String id;
    long version;
    Integer planNumber;
    /** Plan number, or 1000 for zones added later: the comparison keeps the plan's order. */
    @Indexed
    int sortOrder;
    String nameZh;
    String nameEn;
    City city;
    @Indexed
    ZoneKind kind;
    @Indexed
    ZoneCreationStatus status;
    String statusNote;
    Instant statusChangedAt;
    String batchId;
    String batchName;
    String batchReasons;
    LocalDate createdOn;
    List<ZoneTarget> targets = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    Instant lastReportAt;

    Task task(String taskId) {
        return tasks.stream().filter(t -> t.taskId.equals(taskId)).findFirst().orElse(null);
    }

    Report report(String reportId) {
        return reports.stream().filter(r -> r.reportId.equals(reportId)).findFirst().orElse(null);
    }

    static class Task {
        String taskId;
        String title;
        List<String> ownerOrganizations = new ArrayList<>();
        LocalDate startDate;
        LocalDate dueDate;
        int percentDone;
        String lastNote;
        Instant lastReportedAt;
    }

    static class Report {
        String reportId;
        String indicator;
        /** {@code 2025} or {@code 2025-Q3}, as {@code ReportingPeriod} writes it. */
        String period;
        BigDecimal value;
        String unit;
        String source;
        ReportState state;
        String reportedBy;
        Instant reportedAt;
        List<ReportExchange> exchanges = new ArrayList<>();
    }
}
