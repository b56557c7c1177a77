package org.clusterhub.supervision.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clusterhub.supervision.api.HistoryVerification;
import org.clusterhub.supervision.api.IntegrityFinding;
import org.clusterhub.supervision.api.ReplayEntry;
import org.clusterhub.supervision.api.ReplayField;
import org.clusterhub.supervision.api.ReplayState;
import org.clusterhub.supervision.api.ReplayTimeline;

/**
 * What a replay export says, in the reader's language, before it is laid out as a PDF ({@link ReplayReport}) or a
 * workbook ({@link ReplayWorkbook}): the heading, the aggregate at the chosen point field by field, the timeline with
 * who, organization, city, correlation id, reason and hash, and whether the hash chain verifies.
 *
 * @param verification the check of the stored history against its hash chain (ADR 013); null when not checked
 */
public record ReplayExport(ReplayTimeline timeline, ReplayState state, HistoryVerification verification,
                           String exportedBy, Instant exportedAt, ReplayLabels labels) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(SHANGHAI);

    String title() {
        String name = state.title() == null ? timeline.aggregateId() : state.title();
        return labels.textOr(name, "replay.export.title", kind(), name);
    }

    String kind() {
        return labels.textOr(timeline.aggregateType(), "replay.kind." + timeline.aggregateType());
    }

    List<String> facts() {
        List<String> facts = new ArrayList<>();
        facts.add(labels.textOr("id", "replay.export.aggregate", kind(), timeline.aggregateId()));
        facts.add(labels.textOr("point", "replay.export.point", state.sequenceNumber(), timeline.lastSequence(),
                time(state.at())));
        facts.add(labels.textOr("by", "replay.export.exported", exportedBy, time(exportedAt)));
        facts.add(chain());
        return facts;
    }

    String chain() {
        if (verification == null) {
            return labels.textOr("", "replay.export.chainNotChecked");
        }
        if (verification.intact()) {
            return labels.textOr("intact", "replay.export.chainIntact", verification.eventsChecked());
        }
        List<String> findings = verification.findings().stream().map(ReplayExport::finding).toList();
        return labels.textOr("broken", "replay.export.chainBroken", verification.findings().size(),
                String.join("; ", findings));
    }

    private static String finding(IntegrityFinding finding) {
        return "#" + finding.sequenceNumber() + " " + finding.problem();
    }

    List<String> stateHeaders() {
        return List.of(labels.textOr("Field", "replay.column.field"), labels.textOr("Value", "replay.column.value"));
    }

    List<List<String>> stateRows() {
        return state.fields().stream().map((ReplayField f) -> List.of(f.path(), Objects.toString(f.value(), "")))
                .toList();
    }

    List<String> timelineHeaders() {
        return List.of("#", labels.textOr("Time", "history.column.time"), labels.textOr("Event", "history.column.event"),
                labels.textOr("Who", "history.column.who"),
                labels.textOr("Organization", "history.column.organization"),
                labels.textOr("City", "replay.filter.city"),
                labels.textOr("Correlation", "history.column.correlation"),
                labels.textOr("Reason", "replay.column.reason"), labels.textOr("Hash", "replay.column.hash"));
    }

    List<List<String>> timelineRows() {
        return timeline.entries().stream().map(this::row).toList();
    }

    private List<String> row(ReplayEntry e) {
        return List.of(Long.toString(e.sequenceNumber()), time(e.timestamp()),
                labels.textOr(e.eventType(), "history.event." + e.eventType()),
                e.displayName() == null ? Objects.toString(e.username(), "") : e.displayName(),
                Objects.toString(e.organization(), ""),
                e.city() == null ? "" : labels.textOr(e.city(), "city." + e.city()),
                Objects.toString(e.correlationId(), ""), Objects.toString(e.reason(), ""),
                Objects.toString(e.hash(), ""));
    }

    /** Whether a timeline row is at or before the chosen point (later rows are shown, but marked as after it). */
    boolean upToPoint(int row) {
        return timeline.entries().get(row).sequenceNumber() <= state.sequenceNumber();
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
