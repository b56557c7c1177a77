package org.clusterhub.zone.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.*;
import org.clusterhub.zone.api.RegisterZoneCommand;
import org.clusterhub.zone.api.ReviseZoneAimsCommand;
import org.clusterhub.zone.api.SetZoneTargetsCommand;
import org.clusterhub.zone.api.ZoneAimsRevisedEvent;
import org.clusterhub.zone.api.ZoneId;
import org.clusterhub.zone.api.ZoneRegisteredEvent;
import org.clusterhub.zone.api.ZoneTarget;
import org.clusterhub.zone.api.ZoneTargetsSetEvent;

/**
 * A manufacturing high-quality-development pilot or demonstration zone (试验区 / 示范区). Holds only what its decisions
 * need: its city, to verify the city a command declares; its aims and key tasks, to refuse a revision that changes
 * nothing; its creation status, for the steps of its dynamic management; the indicators its targets name, the
 * reports of their values and whether each is questioned or accepted; its task list with each task's progress.
 * Kind, targets' values and texts are display data for the projections.
 *
 * <p>A batch recommendation reaches the zone through {@link #recommendInBatch}, called by
 * {@link ZoneBatchRecommender} in the unit of work that records the batch (ADR 009).
 *
 * @see <a href="../../../../../../../../docs/decisions/009-zone-batches-in-one-unit-of-work.md">ADR 009</a>
 */
@Aggregate
class Zone {

    @AggregateIdentifier
    private ZoneId zoneId;
    private City city;
    private String aimsZh;
    private String aimsEn;
    private List<String> keyTasks;
    private String nameZh;
    private ZoneCreationStatus status;
    /** The unit of each indicator the current targets name, by the indicator's Chinese name. */
    private final Map<String, String> indicators = new HashMap<>();
    private final Map<String, Report> reports = new HashMap<>();
    /** {@code indicator|period} of every report: one figure per indicator and period. */
    private final Set<String> reportedPeriods = new HashSet<>();
    private final Map<String, Task> tasks = new HashMap<>();

    /** A reported value and where it stands. */
    record Report(String indicator, ReportingPeriod period, BigDecimal value, String source, boolean questionOpen,
                  boolean accepted) {
    }

    record Task(String title, int percentDone) {
    }

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Zone() {
    }

    @CommandHandler
    Zone(RegisterZoneCommand command) {
        List<ZoneTarget> targets = normalize(command.targets());
        apply(new ZoneRegisteredEvent(command.zoneId(), command.planNumber(), command.code(),
                command.nameZh().strip(), blankToNull(command.nameEn()), command.city(), command.kind(),
                command.aimsZh().strip(), blankToNull(command.aimsEn()), strip(command.keyTasks()), targets));
    }

    @CommandHandler
    void handle(ReviseZoneAimsCommand command) {
        requireDeclaredCity(command.city());
        String newAimsZh = command.aimsZh().strip();
        String newAimsEn = blankToNull(command.aimsEn());
        List<String> newKeyTasks = strip(command.keyTasks());
        if (newAimsZh.equals(aimsZh) && Objects.equals(newAimsEn, aimsEn) && newKeyTasks.equals(keyTasks)) {
            throw new DomainRuleViolation("zone.error.unchanged", null);
        }
        apply(new ZoneAimsRevisedEvent(zoneId, newAimsZh, newAimsEn, newKeyTasks, command.reason().strip()));
    }

    @CommandHandler
    void handle(SetZoneTargetsCommand command) {
        requireDeclaredCity(command.city());
        apply(new ZoneTargetsSetEvent(zoneId, normalize(command.targets()), command.reason().strip()));
    }

    // ---- creation status (supervisor) -----------------------------------------------------------------------

    /** Called by {@link ZoneBatchRecommender} inside the batch's unit of work. */
    void recommendInBatch(ZoneBatchId batchId, String batchName, String reasons) {
        if (!status.mayBeRecommended()) {
            throw new DomainRuleViolation("zone.error.notEligibleForBatch", "zoneIds", nameZh);
        }
        apply(new ZoneRecommendedForNationalCreationEvent(zoneId, batchId, batchName, reasons, status));
    }

    @CommandHandler
    void handle(StartZoneNationalCreationCommand command) {
        requireStatus(ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL);
        apply(new ZoneNationalCreationStartedEvent(zoneId, command.note().strip()));
    }

    @CommandHandler
    void handle(RecordZoneCreatedNationallyCommand command) {
        requireStatus(ZoneCreationStatus.NATIONAL_CREATION);
        apply(new ZoneCreatedNationallyEvent(zoneId, command.createdOn(), command.note().strip()));
    }

    @CommandHandler
    void handle(RecordZoneNotSelectedCommand command) {
        requireStatus(ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL, ZoneCreationStatus.NATIONAL_CREATION);
        apply(new ZoneNotSelectedEvent(zoneId, command.reason().strip(), status));
    }

    @CommandHandler
    void handle(ReapplyZoneCommand command) {
        requireStatus(ZoneCreationStatus.NOT_SELECTED);
        apply(new ZoneReappliedEvent(zoneId, command.reason().strip()));
    }

    private void requireStatus(ZoneCreationStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new DomainRuleViolation("zone.error.statusStep", null);
        }
    }

    // ---- task list (the city's coordinator) -----------------------------------------------------------------

    @CommandHandler
    void handle(AddZoneTaskCommand command) {
        requireDeclaredCity(command.city());
        if (tasks.containsKey(command.taskId())) {
            throw new DomainRuleViolation("zone.error.duplicateTask", "taskId");
        }
        requireDates(command.startDate(), command.dueDate());
        apply(new ZoneTaskAddedEvent(zoneId, command.taskId(), command.title().strip(),
                strip(command.ownerOrganizations()), command.startDate(), command.dueDate()));
    }

    @CommandHandler
    void handle(ReviseZoneTaskCommand command) {
        requireDeclaredCity(command.city());
        requireTask(command.taskId());
        requireDates(command.startDate(), command.dueDate());
        apply(new ZoneTaskRevisedEvent(zoneId, command.taskId(), command.title().strip(),
                strip(command.ownerOrganizations()), command.startDate(), command.dueDate()));
    }

    @CommandHandler
    void handle(ReportZoneTaskProgressCommand command) {
        requireDeclaredCity(command.city());
        Task task = requireTask(command.taskId());
        apply(new ZoneTaskProgressReportedEvent(zoneId, command.taskId(), command.percentDone(), task.percentDone(),
                command.note().strip()));
    }

    @CommandHandler
    void handle(RemoveZoneTaskCommand command) {
        requireDeclaredCity(command.city());
        Task task = requireTask(command.taskId());
        apply(new ZoneTaskRemovedEvent(zoneId, command.taskId(), task.title(), command.reason().strip()));
    }

    private Task requireTask(String taskId) {
        Task task = tasks.get(taskId);
        if (task == null) {
            throw new DomainRuleViolation("zone.error.unknownTask", "taskId");
        }
        return task;
    }

    private static void requireDates(LocalDate start, LocalDate due) {
        if (due.isBefore(start)) {
            throw new DomainRuleViolation("zone.error.taskDates", "dueDate");
        }
    }

    // ---- indicator values: the city reports, a supervisor questions or accepts -------------------------------

    @CommandHandler
    void handle(ReportZoneIndicatorValueCommand command) {
        requireDeclaredCity(command.city());
        String indicator = command.indicator().strip();
        if (!indicators.containsKey(indicator)) {
            throw new DomainRuleViolation("zone.error.unknownIndicator", "indicator", indicator);
        }
        if (reports.containsKey(command.reportId())) {
            throw new DomainRuleViolation("zone.error.duplicateReport", "reportId");
        }
        // Checked by the command's constraints before it got here.
        ReportingPeriod period = ReportingPeriod.parse(command.period());
        if (reportedPeriods.contains(indicator + "|" + period)) {
            throw new DomainRuleViolation("zone.error.periodAlreadyReported", "period", period.toString());
        }
        apply(new ZoneIndicatorValueReportedEvent(zoneId, command.reportId(), indicator, period,
                command.value(), indicators.get(indicator), command.source().strip()));
    }

    @CommandHandler
    void handle(QuestionZoneIndicatorValueCommand command) {
        Report report = requireReport(command.reportId());
        if (report.accepted()) {
            throw new DomainRuleViolation("zone.error.reportAccepted", null);
        }
        if (report.questionOpen()) {
            throw new DomainRuleViolation("zone.error.questionOpen", null);
        }
        apply(new ZoneIndicatorValueQuestionedEvent(zoneId, command.reportId(), report.indicator(), report.period(),
                command.question().strip()));
    }

    @CommandHandler
    void handle(AnswerZoneIndicatorQuestionCommand command) {
        requireDeclaredCity(command.city());
        Report report = requireReport(command.reportId());
        if (!report.questionOpen()) {
            throw new DomainRuleViolation("zone.error.noOpenQuestion", null);
        }
        BigDecimal value = command.correctedValue() != null ? command.correctedValue() : report.value();
        String source = blankToNull(command.correctedSource()) != null ? command.correctedSource().strip()
                : report.source();
        apply(new ZoneIndicatorQuestionAnsweredEvent(zoneId, command.reportId(), report.indicator(),
                report.period(), command.answer().strip(), report.value(), value, source));
    }

    @CommandHandler
    void handle(AcceptZoneIndicatorValueCommand command) {
        Report report = requireReport(command.reportId());
        if (report.accepted()) {
            throw new DomainRuleViolation("zone.error.reportAccepted", null);
        }
        if (report.questionOpen()) {
            throw new DomainRuleViolation("zone.error.questionOpen", null);
        }
        apply(new ZoneIndicatorValueAcceptedEvent(zoneId, command.reportId(), report.indicator(), report.period(),
                report.value(), blankToNull(command.note())));
    }

    private Report requireReport(String reportId) {
        Report report = reports.get(reportId);
        if (report == null) {
            throw new DomainRuleViolation("zone.error.unknownReport", "reportId");
        }
        return report;
    }

    private void requireDeclaredCity(City declared) {
        if (declared != city) {
            // The command was authorized for the declared city; it must be the zone's real one.
            throw new DomainRuleViolation("zone.error.cityMismatch", "city");
        }
    }

    /** Strips the texts and refuses two targets for the same indicator, comparator and year: which one would count? */
    private static List<ZoneTarget> normalize(List<ZoneTarget> targets) {
        Set<TargetKey> seen = new HashSet<>();
        List<ZoneTarget> normalized = new ArrayList<>(targets.size());
        for (ZoneTarget target : targets) {
            String indicatorZh = target.indicatorZh().strip();
            if (!seen.add(new TargetKey(indicatorZh, target.comparator(), target.year()))) {
                throw new DomainRuleViolation("zone.error.duplicateTarget", "targets", indicatorZh);
            }
            normalized.add(new ZoneTarget(indicatorZh, blankToNull(target.indicatorEn()), target.comparator(),
                    target.value(), blankToNull(target.unit()), target.year()));
        }
        return List.copyOf(normalized);
    }

    private static List<String> strip(List<String> texts) {
        return texts.stream().map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ZoneRegisteredEvent event) {
        zoneId = event.zoneId();
        city = event.city();
        aimsZh = event.aimsZh();
        aimsEn = event.aimsEn();
        keyTasks = List.copyOf(event.keyTasks());
        nameZh = event.nameZh();
        status = ZoneCreationStatus.PROVINCIAL_CREATION;
        event.targets().forEach(t -> indicators.put(t.indicatorZh(), t.unit()));
    }

    @EventSourcingHandler
    void on(ZoneAimsRevisedEvent event) {
        aimsZh = event.aimsZh();
        aimsEn = event.aimsEn();
        keyTasks = List.copyOf(event.keyTasks());
    }

    @EventSourcingHandler
    void on(ZoneTargetsSetEvent event) {
        indicators.clear();
        event.targets().forEach(t -> indicators.put(t.indicatorZh(), t.unit()));
    }

    private record TargetKey(String indicatorZh, String comparator, Integer year) {
    }

    @EventSourcingHandler
    void on(ZoneRecommendedForNationalCreationEvent event) {
        status = ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL;
    }

    @EventSourcingHandler
    void on(ZoneNationalCreationStartedEvent event) {
        status = ZoneCreationStatus.NATIONAL_CREATION;
    }

    @EventSourcingHandler
    void on(ZoneCreatedNationallyEvent event) {
        status = ZoneCreationStatus.CREATED_NATIONAL;
    }

    @EventSourcingHandler
    void on(ZoneNotSelectedEvent event) {
        status = ZoneCreationStatus.NOT_SELECTED;
    }

    @EventSourcingHandler
    void on(ZoneReappliedEvent event) {
        status = ZoneCreationStatus.REAPPLIED;
    }

    @EventSourcingHandler
    void on(ZoneTaskAddedEvent event) {
        tasks.put(event.taskId(), new Task(event.title(), 0));
    }

    @EventSourcingHandler
    void on(ZoneTaskRevisedEvent event) {
        tasks.computeIfPresent(event.taskId(), (id, task) -> new Task(event.title(), task.percentDone()));
    }

    @EventSourcingHandler
    void on(ZoneTaskProgressReportedEvent event) {
        tasks.computeIfPresent(event.taskId(), (id, task) -> new Task(task.title(), event.percentDone()));
    }

    @EventSourcingHandler
    void on(ZoneTaskRemovedEvent event) {
        tasks.remove(event.taskId());
    }

    @EventSourcingHandler
    void on(ZoneIndicatorValueReportedEvent event) {
        reports.put(event.reportId(), new Report(event.indicator(), event.period(), event.value(), event.source(),
                false, false));
        reportedPeriods.add(event.indicator() + "|" + event.period());
    }

    @EventSourcingHandler
    void on(ZoneIndicatorValueQuestionedEvent event) {
        reports.computeIfPresent(event.reportId(), (id, r) -> new Report(r.indicator(), r.period(), r.value(),
                r.source(), true, false));
    }

    @EventSourcingHandler
    void on(ZoneIndicatorQuestionAnsweredEvent event) {
        reports.computeIfPresent(event.reportId(), (id, r) -> new Report(r.indicator(), r.period(), event.value(),
                event.source(), false, false));
    }

    @EventSourcingHandler
    void on(ZoneIndicatorValueAcceptedEvent event) {
        reports.computeIfPresent(event.reportId(), (id, r) -> new Report(r.indicator(), r.period(), r.value(),
                r.source(), false, true));
    }
}
