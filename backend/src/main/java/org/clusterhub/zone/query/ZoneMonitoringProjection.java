package org.clusterhub.zone.query;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.shared.ReadModelWait;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.zone.api.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Zone creation and monitoring: each zone's status, indicators with their reported values (and the questions and
 * answers about them), task list, side by side for the comparison; and the batch recommendations.
 *
 * <p>Replay-safe: each zone document carries the version of the last event applied and is written by id alone
 * after the version check (the embedded server scans the collection for any query other than exactly {_id}); one
 * zone's events are handled in order by one segment. A batch is inserted once by its id.
 */
@Component
@ProcessingGroup("zone-monitoring")
class ZoneMonitoringProjection {

    private final MongoTemplate mongo;
    private final Clock clock;

    @Autowired
    ZoneMonitoringProjection(MongoTemplate mongo) {
        this(mongo, Clock.system(ReportingPeriod.SHANGHAI));
    }

    ZoneMonitoringProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    // ---- the zone ------------------------------------------------------------------------------------------------

    @EventHandler
    void on(ZoneRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.zoneId().toString(), ZoneMonitoringDocument.class) != null) {
            return;
        }
        ZoneMonitoringDocument doc = new ZoneMonitoringDocument();
        doc.id = event.zoneId().toString();
        doc.version = sequence;
        doc.planNumber = event.planNumber();
        doc.sortOrder = event.planNumber() == null ? 1000 : event.planNumber();
        doc.nameZh = event.nameZh();
        doc.nameEn = event.nameEn();
        doc.city = event.city();
        doc.kind = event.kind();
        doc.status = ZoneCreationStatus.PROVINCIAL_CREATION;
        doc.statusChangedAt = at;
        doc.targets = new ArrayList<>(event.targets());
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException alreadyProjected) {
            // A concurrent redelivery inserted it first: same event, same document.
        }
    }

    @EventHandler
    void on(ZoneAimsRevisedEvent event, @SequenceNumber long sequence) {
        // Aims are the catalog's; the version still moves, so that "at least version n" is answered here too.
        change(event.zoneId(), sequence, doc -> { });
    }

    @EventHandler
    void on(ZoneTargetsSetEvent event, @SequenceNumber long sequence) {
        change(event.zoneId(), sequence, doc -> doc.targets = new ArrayList<>(event.targets()));
    }

    // ---- creation status -----------------------------------------------------------------------------------------

    @EventHandler
    void on(ZoneRecommendedForNationalCreationEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> {
            status(doc, ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL, event.reasons(), at);
            doc.batchId = event.batchId().toString();
            doc.batchName = event.batchName();
            doc.batchReasons = event.reasons();
        });
    }

    @EventHandler
    void on(ZoneNationalCreationStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> status(doc, ZoneCreationStatus.NATIONAL_CREATION, event.note(), at));
    }

    @EventHandler
    void on(ZoneCreatedNationallyEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> {
            status(doc, ZoneCreationStatus.CREATED_NATIONAL, event.note(), at);
            doc.createdOn = event.createdOn();
        });
    }

    @EventHandler
    void on(ZoneNotSelectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> status(doc, ZoneCreationStatus.NOT_SELECTED, event.reason(), at));
    }

    @EventHandler
    void on(ZoneReappliedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> status(doc, ZoneCreationStatus.REAPPLIED, event.reason(), at));
    }

    private static void status(ZoneMonitoringDocument doc, ZoneCreationStatus status, String note, Instant at) {
        doc.status = status;
        doc.statusNote = note;
        doc.statusChangedAt = at;
    }

    @EventHandler
    void on(ZoneBatchRecommendedEvent event, @Timestamp Instant at, MetaData meta) {
        if (mongo.findById(event.batchId().toString(), ZoneBatchDocument.class) != null) {
            return;
        }
        ZoneBatchDocument batch = new ZoneBatchDocument();
        batch.id = event.batchId().toString();
        batch.name = event.name();
        batch.reasons = event.reasons();
        batch.recommendedOn = event.recommendedOn();
        batch.recordedBy = nameOf(meta);
        batch.recordedAt = at;
        for (ZoneId zoneId : event.zoneIds()) {
            ZoneMonitoringDocument zone = mongo.findById(zoneId.toString(), ZoneMonitoringDocument.class);
            batch.zoneIds.add(zoneId.toString());
            batch.zoneNames.add(zone == null ? zoneId.toString() : zone.nameZh);
        }
        try {
            mongo.insert(batch);
        } catch (DuplicateKeyException alreadyProjected) {
            // Redelivered: the batch is already there, and a batch never changes.
        }
    }

    // ---- task list -----------------------------------------------------------------------------------------------

    @EventHandler
    void on(ZoneTaskAddedEvent event, @SequenceNumber long sequence) {
        change(event.zoneId(), sequence, doc -> {
            ZoneMonitoringDocument.Task task = new ZoneMonitoringDocument.Task();
            task.taskId = event.taskId();
            fill(task, event.title(), event.ownerOrganizations(), event.startDate(), event.dueDate());
            doc.tasks.add(task);
        });
    }

    @EventHandler
    void on(ZoneTaskRevisedEvent event, @SequenceNumber long sequence) {
        change(event.zoneId(), sequence, doc -> Optional.ofNullable(doc.task(event.taskId())).ifPresent(task ->
                fill(task, event.title(), event.ownerOrganizations(), event.startDate(), event.dueDate())));
    }

    private static void fill(ZoneMonitoringDocument.Task task, String title, List<String> owners, LocalDate start,
                             LocalDate due) {
        task.title = title;
        task.ownerOrganizations = new ArrayList<>(owners);
        task.startDate = start;
        task.dueDate = due;
    }

    @EventHandler
    void on(ZoneTaskProgressReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.zoneId(), sequence, doc -> Optional.ofNullable(doc.task(event.taskId())).ifPresent(task -> {
            task.percentDone = event.percentDone();
            task.lastNote = event.note();
            task.lastReportedAt = at;
        }));
    }

    @EventHandler
    void on(ZoneTaskRemovedEvent event, @SequenceNumber long sequence) {
        change(event.zoneId(), sequence, doc -> doc.tasks.removeIf(task -> task.taskId.equals(event.taskId())));
    }

    // ---- indicator values ----------------------------------------------------------------------------------------

    @EventHandler
    void on(ZoneIndicatorValueReportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.zoneId(), sequence, doc -> {
            ZoneMonitoringDocument.Report report = new ZoneMonitoringDocument.Report();
            report.reportId = event.reportId();
            report.indicator = event.indicator();
            report.period = event.period().toString();
            report.value = event.value();
            report.unit = event.unit();
            report.source = event.source();
            report.state = ReportState.REPORTED;
            report.reportedBy = nameOf(meta);
            report.reportedAt = at;
            doc.reports.add(report);
            doc.lastReportAt = at;
        });
    }

    @EventHandler
    void on(ZoneIndicatorValueQuestionedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.zoneId(), sequence, doc -> Optional.ofNullable(doc.report(event.reportId())).ifPresent(r -> {
            r.state = ReportState.QUESTIONED;
            r.exchanges.add(new ReportExchange(ExchangeKind.QUESTION, event.question(), nameOf(meta), at, null,
                    null));
        }));
    }

    @EventHandler
    void on(ZoneIndicatorQuestionAnsweredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.zoneId(), sequence, doc -> Optional.ofNullable(doc.report(event.reportId())).ifPresent(r -> {
            r.state = ReportState.ANSWERED;
            r.value = event.value();
            r.source = event.source();
            boolean corrected = event.previousValue().compareTo(event.value()) != 0;
            r.exchanges.add(new ReportExchange(ExchangeKind.ANSWER, event.answer(), nameOf(meta), at,
                    corrected ? event.previousValue() : null, corrected ? event.value() : null));
            doc.lastReportAt = at;
        }));
    }

    @EventHandler
    void on(ZoneIndicatorValueAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData meta) {
        change(event.zoneId(), sequence, doc -> Optional.ofNullable(doc.report(event.reportId())).ifPresent(r -> {
            r.state = ReportState.ACCEPTED;
            r.exchanges.add(new ReportExchange(ExchangeKind.ACCEPTANCE, event.note(), nameOf(meta), at, null,
                    null));
        }));
    }

    private void change(ZoneId zoneId, long sequence, Consumer<ZoneMonitoringDocument> change) {
        ZoneMonitoringDocument doc = mongo.findById(zoneId.toString(), ZoneMonitoringDocument.class);
        if (doc == null || doc.version >= sequence) {
            return;
        }
        change.accept(doc);
        doc.version = sequence;
        // By id alone, after the version check: see the class comment.
        mongo.save(doc);
    }

    private static String nameOf(MetaData meta) {
        Object name = meta.getOrDefault(MetaDataKeys.DISPLAY_NAME, meta.get(MetaDataKeys.USERNAME));
        return name == null ? null : name.toString();
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    @QueryHandler
    Optional<ZoneMonitoringView> handle(FindZoneMonitoringQuery q) {
        Supplier<Optional<ZoneMonitoringDocument>> read =
                () -> Optional.ofNullable(mongo.findById(q.zoneId().toString(), ZoneMonitoringDocument.class));
        Optional<ZoneMonitoringDocument> found = q.atLeastVersion() < 0 ? read.get()
                : ReadModelWait.until(read, doc -> doc.version >= q.atLeastVersion(), Duration.ofSeconds(3));
        LocalDate today = LocalDate.now(clock);
        return found.map(doc -> view(doc, today));
    }

    @QueryHandler
    ZoneComparison handle(FindZoneComparisonQuery q) {
        LocalDate today = LocalDate.now(clock);
        // Every zone: the national goal counts them all, whatever the filter. A province has a handful of zones.
        List<ZoneMonitoringDocument> all = mongo.find(new Query().with(Sort.by("sortOrder", "nameZh")),
                ZoneMonitoringDocument.class);
        List<ZoneComparisonRow> matching = all.stream()
                .filter(doc -> q.kind() == null || doc.kind == q.kind())
                .filter(doc -> q.status() == null || doc.status == q.status())
                .map(doc -> row(doc, today))
                .filter(row -> !q.offTrackOnly() || row.offTrackCount() > 0)
                .toList();
        List<ZoneComparisonRow> page = matching.stream().skip(q.offset()).limit(q.limit()).toList();
        return new ZoneComparison(page, matching.size(), goal(all));
    }

    @QueryHandler
    ZoneBatchPage handle(FindZoneBatchesQuery q) {
        long total = mongo.count(new Query(), ZoneBatchDocument.class);
        List<ZoneBatchView> items = mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "recordedAt"))
                        .skip(q.offset()).limit(q.limit()), ZoneBatchDocument.class).stream()
                .map(b -> new ZoneBatchView(ZoneBatchId.of(b.id), b.name, b.zoneIds.stream().map(ZoneId::of).toList(),
                        List.copyOf(b.zoneNames), b.reasons, b.recommendedOn, b.recordedBy, b.recordedAt))
                .toList();
        return new ZoneBatchPage(items, total);
    }

    static NationalGoal goal(List<ZoneMonitoringDocument> all) {
        return new NationalGoal(3, 2025, count(all, ZoneCreationStatus.CREATED_NATIONAL),
                count(all, ZoneCreationStatus.NATIONAL_CREATION),
                count(all, ZoneCreationStatus.RECOMMENDED_FOR_NATIONAL), count(all, ZoneCreationStatus.NOT_SELECTED));
    }

    private static int count(List<ZoneMonitoringDocument> all, ZoneCreationStatus status) {
        return (int) all.stream().filter(doc -> doc.status == status).count();
    }

    private ZoneComparisonRow row(ZoneMonitoringDocument doc, LocalDate today) {
        List<ZoneIndicatorView> indicators = indicators(doc, today);
        List<ZoneTaskView> tasks = tasks(doc, today);
        int average = tasks.isEmpty() ? 0
                : (int) Math.round(tasks.stream().mapToInt(ZoneTaskView::percentDone).average().orElse(0));
        int awaiting = (int) doc.reports.stream()
                .filter(r -> r.state == ReportState.REPORTED || r.state == ReportState.ANSWERED).count();
        int questions = (int) doc.reports.stream().filter(r -> r.state == ReportState.QUESTIONED).count();
        return new ZoneComparisonRow(ZoneId.of(doc.id), doc.version, doc.planNumber, doc.nameZh, doc.nameEn,
                doc.city, doc.kind, doc.status,
                indicators.stream().map(i -> new IndicatorBrief(i.indicator(), i.indicatorEn(), i.unit(), i.track()))
                        .toList(),
                (int) indicators.stream().filter(i -> i.track().status().offTrack()).count(), tasks.size(), average,
                (int) tasks.stream().filter(ZoneTaskView::overdue).count(), awaiting, questions, doc.lastReportAt);
    }

    private ZoneMonitoringView view(ZoneMonitoringDocument doc, LocalDate today) {
        return new ZoneMonitoringView(ZoneId.of(doc.id), doc.version, doc.nameZh, doc.nameEn, doc.city, doc.kind,
                doc.status, doc.statusNote, doc.statusChangedAt, doc.batchId == null ? null : ZoneBatchId.of(doc.batchId),
                doc.batchName, doc.batchReasons, doc.createdOn, indicators(doc, today), tasks(doc, today));
    }

    /** One entry per indicator the targets name, in the targets' order, with every target set for it. */
    private static List<ZoneIndicatorView> indicators(ZoneMonitoringDocument doc, LocalDate today) {
        Map<String, List<ZoneTarget>> targetsByIndicator = new LinkedHashMap<>();
        doc.targets.forEach(t -> targetsByIndicator.computeIfAbsent(t.indicatorZh(), k -> new ArrayList<>()).add(t));
        List<ZoneIndicatorView> views = new ArrayList<>();
        targetsByIndicator.forEach((indicator, targets) -> {
            List<IndicatorReportView> reports = doc.reports.stream()
                    .filter(r -> r.indicator.equals(indicator))
                    .map(ZoneMonitoringProjection::report)
                    .sorted(Comparator.comparing(IndicatorReportView::period))
                    .toList();
            ZoneTarget first = targets.get(0);
            views.add(new ZoneIndicatorView(indicator, first.indicatorEn(), first.unit(), List.copyOf(targets),
                    reports, IndicatorTracks.judge(targets, reports, today)));
        });
        return views;
    }

    private static IndicatorReportView report(ZoneMonitoringDocument.Report r) {
        return new IndicatorReportView(r.reportId, r.indicator, ReportingPeriod.parse(r.period), r.value, r.unit,
                r.source, r.state, r.reportedBy, r.reportedAt, List.copyOf(r.exchanges));
    }

    private static List<ZoneTaskView> tasks(ZoneMonitoringDocument doc, LocalDate today) {
        return doc.tasks.stream()
                .sorted(Comparator.comparing((ZoneMonitoringDocument.Task t) -> t.dueDate)
                        .thenComparing(t -> t.title))
                .map(t -> new ZoneTaskView(t.taskId, t.title, List.copyOf(t.ownerOrganizations), t.startDate,
                        t.dueDate, t.percentDone, t.lastNote, t.lastReportedAt,
                        t.percentDone < 100 && today.isAfter(t.dueDate)))
                .toList();
    }
}
