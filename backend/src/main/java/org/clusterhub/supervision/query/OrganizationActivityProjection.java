package org.clusterhub.supervision.query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.clusterhub.shared.City;
import org.clusterhub.shared.MetaDataKeys;
import org.clusterhub.supervision.api.ActivityChange;
import org.clusterhub.supervision.api.ActivityFact;
import org.clusterhub.supervision.api.ActivityFactPage;
import org.clusterhub.supervision.api.BreakdownCount;
import org.clusterhub.supervision.api.ChangeDirection;
import org.clusterhub.supervision.api.EvaluationIndicator;
import org.clusterhub.supervision.api.EvaluationPeriod;
import org.clusterhub.supervision.api.FactBreakdown;
import org.clusterhub.supervision.api.FindActivityChangeQuery;
import org.clusterhub.supervision.api.FindActivityFactsQuery;
import org.clusterhub.supervision.api.FindOrganizationActivityQuery;
import org.clusterhub.supervision.api.IndicatorChange;
import org.clusterhub.supervision.api.IndicatorFigure;
import org.clusterhub.supervision.api.IndicatorMeasure;
import org.clusterhub.supervision.api.OrganizationActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The promotion organizations' activity, as facts: one document per counted event (a project approved, a consortium
 * founded, a person checked in, a member added...), with the event's aggregate, sequence number, type, time and
 * sender, so that every figure lists the events behind it. Rebuildable from the store; idempotent (facts are keyed
 * by {@code aggregateId:sequenceNumber} and inserted once; later events update them under version guards).
 * <p>
 * Most events name only their own aggregate: their cluster is learned from the aggregate's creation event (a project's
 * draft, an activity's plan...), kept as a subject document. The events are read as the data they are, by type name
 * and field, not as the other contexts' classes: those contexts read supervision's history through its api, so a
 * typed dependency back would make a cycle (ADR 015). Event shapes change only with a revision and an upcaster, so
 * names and fields are a stable contract; {@code OrganizationActivityIntegrationTest} scripts each rule's real event.
 * <p>
 * Adding an indicator: a constant in {@link EvaluationIndicator} and a rule in {@link #rules()}.
 *
 * @see <a href="../../../../../../../../docs/decisions/015-organization-activity-evaluation.md">ADR 015</a>
 */
@Component
@ProcessingGroup("organization-activity")
class OrganizationActivityProjection {

    private static final Logger log = LoggerFactory.getLogger(OrganizationActivityProjection.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, BiConsumer<JsonNode, DomainEventMessage<?>>> rules;

    OrganizationActivityProjection(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
        this.clock = Clock.systemUTC();
        this.rules = rules();
    }

    /** Event type -> what it teaches (a subject's cluster) or counts (a fact). */
    private Map<String, BiConsumer<JsonNode, DomainEventMessage<?>>> rules() {
        Map<String, BiConsumer<JsonNode, DomainEventMessage<?>>> r = new HashMap<>();
        // Subjects: which cluster an aggregate belongs to, and what it is called.
        r.put("ProjectDraftedEvent", (f, e) -> learn(e, f.path("clusterId").asText(), f.path("title").asText(),
                city(f), text(f, "kind"), null));
        r.put("ProjectOverviewRevisedEvent", (f, e) -> revise(e, new Update().set("title", f.path("title").asText())
                .set("kind", text(f, "kind"))));
        r.put("ConsortiumProposedEvent", (f, e) -> learn(e, f.path("clusterId").asText(), f.path("name").asText(),
                null, null, null));
        r.put("ChallengePostedEvent", (f, e) -> learn(e, f.path("clusterId").asText(), f.path("title").asText(),
                null, null, null));
        r.put("ActivityPlannedEvent", (f, e) -> learn(e, f.path("clusterId").asText(), f.path("title").asText(),
                city(f), text(f, "kind"), new Update().set("startsAt", instant(f, "startsAt"))
                        .set("endsAt", instant(f, "endsAt")).set("published", false).set("cancelled", false)));
        r.put("ActivityRevisedEvent", (f, e) -> {
            revise(e, new Update().set("title", f.path("title").asText()).set("city", city(f))
                    .set("startsAt", instant(f, "startsAt")).set("endsAt", instant(f, "endsAt")));
            syncHeld(e, false);
        });
        r.put("ActivityPublishedEvent", (f, e) -> {
            revise(e, new Update().set("published", true));
            syncHeld(e, true);
        });
        r.put("ActivityCancelledEvent", (f, e) -> {
            revise(e, new Update().set("cancelled", true));
            mongo.remove(query(where("aggregateId").is(e.getAggregateIdentifier())
                    .and("indicator").is(EvaluationIndicator.ACTIVITIES_HELD.name())), ActivityFactDocument.class);
        });
        // Facts.
        r.put("ProjectApprovedEvent", (f, e) -> countForSubject(e, EvaluationIndicator.PROJECTS_APPROVED, fact ->
                fact.amount = decimal(f, "approvedBudget")));
        r.put("AcceptanceResultRecordedEvent", (f, e) -> {
            if (!"FAIL".equals(text(f, "result"))) {
                countForSubject(e, EvaluationIndicator.PROJECTS_ACCEPTED, fact -> fact.detail = text(f, "result"));
            }
        });
        r.put("ProjectClosedEvent", (f, e) -> countForSubject(e, EvaluationIndicator.PROJECTS_CLOSED,
                fact -> fact.detail = text(f, "grade")));
        r.put("FoundingAgreementSignedEvent", (f, e) -> countForSubject(e, EvaluationIndicator.CONSORTIA_FOUNDED,
                fact -> fact.detail = String.join("、", strings(f, "foundingMembers"))));
        r.put("ChallengeDecisionPublishedEvent", (f, e) -> countForSubject(e, EvaluationIndicator.CHALLENGES_RESOLVED,
                fact -> fact.detail = text(f, "winnerOrganization")));
        r.put("DeliveryAcceptanceRecordedEvent", (f, e) -> {
            if (f.path("passed").asBoolean(false)) {
                countForSubject(e, EvaluationIndicator.CHALLENGES_DELIVERED, fact -> fact.detail = text(f, "opinion"));
            }
        });
        r.put("AttendeeCheckedInEvent", (f, e) -> countForSubject(e, EvaluationIndicator.ATTENDANCE, fact -> {
            fact.detail = text(f, "organization");
            Instant checkedInAt = instant(f, "checkedInAt");
            if (checkedInAt != null) {
                fact.occurredAt = checkedInAt;
            }
        }));
        r.put("MeetingOutcomeRecordedEvent", (f, e) -> {
            String meeting = text(f, "meetingId");
            // A meeting counts once, by its first recorded outcome: the other side's record adds nothing.
            if (!mongo.exists(query(where("indicator").is(EvaluationIndicator.MATCHMAKING_OUTCOMES.name())
                    .and("matchKey").is(meeting).and("_id").ne(factId(e))), ActivityFactDocument.class)) {
                countForSubject(e, EvaluationIndicator.MATCHMAKING_OUTCOMES, fact -> {
                    fact.matchKey = meeting;
                    fact.kind = text(f, "outcome");
                    fact.detail = text(f, "organization");
                });
            }
        });
        r.put("MemberOrganizationAddedEvent", (f, e) -> {
            ActivityFactDocument fact = fact(e, EvaluationIndicator.MEMBER_ORGANIZATIONS, f.path("clusterId").asText());
            fact.kind = text(f, "kind");
            fact.city = city(f);
            fact.matchKey = text(f, "organizationId");
            fact.detail = text(f, "name");
            insertOnce(fact);
        });
        r.put("MemberOrganizationRemovedEvent", (f, e) -> mongo.updateMulti(query(where("indicator")
                        .is(EvaluationIndicator.MEMBER_ORGANIZATIONS.name()).and("aggregateId")
                        .is(e.getAggregateIdentifier()).and("matchKey").is(text(f, "organizationId"))
                        .and("endedAt").is(null).and("sequenceNumber").lt(e.getSequenceNumber())),
                new Update().set("endedAt", e.getTimestamp()), ActivityFactDocument.class));
        r.put("TranchePaidEvent", (f, e) -> {
            // Zone grants to a city belong to no cluster: they count for no promotion organization.
            String clusterId = text(f, "clusterId");
            if (clusterId != null) {
                ActivityFactDocument fact = fact(e, EvaluationIndicator.SUBSIDY_PAID, clusterId);
                fact.amount = decimal(f, "amount");
                fact.kind = text(f, "recipientKind");
                fact.city = city(f);
                fact.detail = text(f, "organization");
                // Paid on the day the voucher says, which may be before it was recorded.
                LocalDate paidOn = f.hasNonNull("paidOn") ? json.convertValue(f.get("paidOn"), LocalDate.class) : null;
                if (paidOn != null) {
                    fact.occurredAt = paidOn.atStartOfDay(SHANGHAI).toInstant();
                }
                insertOnce(fact);
            }
        });
        return Map.copyOf(r);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        BiConsumer<JsonNode, DomainEventMessage<?>> rule = rules.get(event.getPayloadType().getSimpleName());
        if (rule != null) {
            rule.accept(json.valueToTree(payload), event);
        }
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    private void learn(DomainEventMessage<?> e, String clusterId, String title, City city, String kind, Update more) {
        Update update = more == null ? new Update() : more;
        update.set("aggregateType", e.getType()).set("clusterId", clusterId).set("title", title).set("city", city)
                .set("kind", kind).set("version", e.getSequenceNumber());
        try {
            mongo.upsert(query(where("_id").is(e.getAggregateIdentifier()).and("version").lt(e.getSequenceNumber())),
                    update, ActivitySubjectDocument.class);
        } catch (DuplicateKeyException alreadyNewer) {
            // The subject has seen a later event of its aggregate: a redelivery changes nothing.
        }
    }

    private void revise(DomainEventMessage<?> e, Update update) {
        mongo.updateFirst(query(where("_id").is(e.getAggregateIdentifier()).and("version").lt(e.getSequenceNumber())),
                update.set("version", e.getSequenceNumber()), ActivitySubjectDocument.class);
    }

    /**
     * An activity counts as held from its end, dated at its start, while it is published and not cancelled. The fact
     * is made by the publication; revisions move it (both happen before the end, so any reader after the end sees
     * the final dates).
     */
    private void syncHeld(DomainEventMessage<?> e, boolean publication) {
        ActivitySubjectDocument activity = mongo.findById(e.getAggregateIdentifier(), ActivitySubjectDocument.class);
        if (activity == null || !activity.published || activity.cancelled) {
            return;
        }
        Query held = query(where("aggregateId").is(activity.id).and("indicator")
                .is(EvaluationIndicator.ACTIVITIES_HELD.name()));
        if (mongo.exists(held, ActivityFactDocument.class)) {
            mongo.updateMulti(held, new Update().set("occurredAt", activity.startsAt).set("knownAt", activity.endsAt)
                    .set("city", activity.city), ActivityFactDocument.class);
        } else if (publication) {
            ActivityFactDocument fact = fact(e, EvaluationIndicator.ACTIVITIES_HELD, activity.clusterId);
            fact.occurredAt = activity.startsAt;
            fact.knownAt = activity.endsAt;
            fact.kind = activity.kind;
            fact.city = activity.city;
            insertOnce(fact);
        }
    }

    /** Counts an event of an aggregate whose cluster was learned from its creation event. */
    private void countForSubject(DomainEventMessage<?> e, EvaluationIndicator indicator,
                                 java.util.function.Consumer<ActivityFactDocument> details) {
        ActivitySubjectDocument subject = mongo.findById(e.getAggregateIdentifier(), ActivitySubjectDocument.class);
        if (subject == null) {
            log.warn("{} {} of {} counts for no cluster: its creation event was not seen", e.getPayloadType()
                    .getSimpleName(), e.getSequenceNumber(), e.getAggregateIdentifier());
            return;
        }
        ActivityFactDocument fact = fact(e, indicator, subject.clusterId);
        fact.city = subject.city;
        fact.kind = subject.kind;
        details.accept(fact);
        insertOnce(fact);
    }

    private ActivityFactDocument fact(DomainEventMessage<?> e, EvaluationIndicator indicator, String clusterId) {
        ActivityFactDocument fact = new ActivityFactDocument();
        fact.id = factId(e);
        fact.indicator = indicator.name();
        fact.clusterId = clusterId;
        fact.occurredAt = e.getTimestamp();
        fact.knownAt = e.getTimestamp();
        fact.aggregateType = e.getType();
        fact.aggregateId = e.getAggregateIdentifier();
        fact.sequenceNumber = e.getSequenceNumber();
        fact.eventType = e.getPayloadType().getSimpleName();
        fact.eventTime = e.getTimestamp();
        MetaData meta = e.getMetaData();
        Object display = meta.get(MetaDataKeys.DISPLAY_NAME);
        fact.who = display != null ? display.toString() : (String) meta.get(MetaDataKeys.USERNAME);
        Object organization = meta.get(MetaDataKeys.ORGANIZATION);
        fact.whoOrganization = organization == null ? null : organization.toString();
        return fact;
    }

    private static String factId(DomainEventMessage<?> e) {
        return e.getAggregateIdentifier() + ":" + e.getSequenceNumber();
    }

    private void insertOnce(ActivityFactDocument fact) {
        try {
            mongo.insert(fact);
        } catch (DuplicateKeyException alreadyCounted) {
            // The same event delivered again: counted once.
        }
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static City city(JsonNode fields) {
        String city = text(fields, "city");
        return city == null ? null : City.valueOf(city);
    }

    private Instant instant(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : json.convertValue(value, Instant.class);
    }

    private static BigDecimal decimal(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private static List<String> strings(JsonNode fields, String name) {
        List<String> values = new ArrayList<>();
        fields.path(name).forEach(value -> values.add(value.asText()));
        return values;
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    @QueryHandler
    OrganizationActivity handle(FindOrganizationActivityQuery q) {
        Instant asOf = q.asOf() == null ? clock.instant() : q.asOf();
        return new OrganizationActivity(q.clusterId(), q.period(), asOf,
                figures(q.clusterId().toString(), q.period(), asOf));
    }

    @QueryHandler
    ActivityFactPage handle(FindActivityFactsQuery q) {
        Instant asOf = q.asOf() == null ? clock.instant() : q.asOf();
        Criteria criteria = counted(q.clusterId().toString(), q.period(), asOf, EnumSet.of(q.indicator()));
        if (q.breakdown() != null && q.key() != null) {
            criteria = new Criteria().andOperator(criteria,
                    where(q.breakdown() == FactBreakdown.KIND ? "kind" : "city").is(q.key()));
        }
        long total = mongo.count(new Query(criteria), ActivityFactDocument.class);
        List<ActivityFactDocument> page = mongo.find(new Query(criteria)
                .with(Sort.by("occurredAt", "aggregateId", "sequenceNumber")).skip(q.offset()).limit(q.limit()),
                ActivityFactDocument.class);
        Map<String, String> titles = mongo.find(query(where("_id").in(page.stream().map(f -> f.aggregateId)
                        .distinct().toList())), ActivitySubjectDocument.class).stream()
                .filter(s -> s.title != null)
                .collect(Collectors.toMap(s -> s.id, s -> s.title));
        return new ActivityFactPage(page.stream().map(f -> new ActivityFact(EvaluationIndicator.valueOf(f.indicator),
                f.occurredAt, f.endedAt, f.aggregateType, f.aggregateId, f.sequenceNumber, f.eventType, f.eventTime,
                titles.get(f.aggregateId), f.detail, f.kind, f.city, f.who, f.whoOrganization)).toList(), total);
    }

    @QueryHandler
    ActivityChange handle(FindActivityChangeQuery q) {
        Instant asOf = q.asOf() == null ? clock.instant() : q.asOf();
        String clusterId = q.clusterId().toString();
        Map<EvaluationIndicator, IndicatorFigure> before = byIndicator(figures(clusterId, q.before(), asOf));
        Map<EvaluationIndicator, IndicatorFigure> after = byIndicator(figures(clusterId, q.after(), asOf));
        List<IndicatorChange> rows = new ArrayList<>();
        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            IndicatorFigure a = before.get(indicator);
            IndicatorFigure b = after.get(indicator);
            rows.add(new IndicatorChange(indicator, null, null, a.count(), b.count(), a.amount(), b.amount(),
                    direction(a.count(), b.count(), a.amount(), b.amount())));
            for (FactBreakdown breakdown : indicator.breakdowns()) {
                Map<String, Long> partsBefore = parts(a, breakdown);
                Map<String, Long> partsAfter = parts(b, breakdown);
                Set<String> keys = new LinkedHashSet<>(partsAfter.keySet());
                keys.addAll(partsBefore.keySet());
                for (String key : keys) {
                    long x = partsBefore.getOrDefault(key, 0L);
                    long y = partsAfter.getOrDefault(key, 0L);
                    rows.add(new IndicatorChange(indicator, breakdown, key, x, y, null, null,
                            direction(x, y, null, null)));
                }
            }
        }
        return new ActivityChange(q.clusterId(), q.before(), q.after(), asOf, rows);
    }

    private List<IndicatorFigure> figures(String clusterId, EvaluationPeriod period, Instant asOf) {
        Map<String, List<ActivityFactDocument>> facts = mongo.find(new Query(counted(clusterId, period, asOf,
                        EnumSet.allOf(EvaluationIndicator.class))), ActivityFactDocument.class).stream()
                .collect(Collectors.groupingBy(f -> f.indicator));
        List<IndicatorFigure> figures = new ArrayList<>();
        for (EvaluationIndicator indicator : EvaluationIndicator.values()) {
            List<ActivityFactDocument> counted = facts.getOrDefault(indicator.name(), List.of());
            BigDecimal amount = indicator.amountUnit() == null ? null : counted.stream()
                    .map(f -> f.amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BreakdownCount> breakdown = new ArrayList<>();
            for (FactBreakdown dimension : indicator.breakdowns()) {
                Function<ActivityFactDocument, String> key = dimension == FactBreakdown.KIND ? f -> f.kind
                        : f -> f.city == null ? null : f.city.name();
                counted.stream().filter(f -> key.apply(f) != null)
                        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()))
                        .entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(part -> breakdown.add(new BreakdownCount(dimension, part.getKey(), part.getValue())));
            }
            figures.add(new IndicatorFigure(indicator, counted.size(), amount, breakdown));
        }
        return figures;
    }

    /**
     * The facts that count for a cluster in a period, as known at {@code asOf}: events dated within the period, and
     * standing facts (members) begun before its end and not ended by then. A period not yet over ends at
     * {@code asOf}.
     */
    private static Criteria counted(String clusterId, EvaluationPeriod period, Instant asOf,
                                    Set<EvaluationIndicator> indicators) {
        Instant end = period.endExclusive().isAfter(asOf) ? asOf.plusMillis(1) : period.endExclusive();
        List<String> flows = new ArrayList<>();
        List<String> stocks = new ArrayList<>();
        for (EvaluationIndicator indicator : indicators) {
            (indicator.measure() == IndicatorMeasure.STANDING_AT_END ? stocks : flows).add(indicator.name());
        }
        List<Criteria> alternatives = new ArrayList<>();
        if (!flows.isEmpty()) {
            alternatives.add(where("indicator").in(flows).and("occurredAt").gte(period.start()).lt(end));
        }
        if (!stocks.isEmpty()) {
            alternatives.add(new Criteria().andOperator(where("indicator").in(stocks).and("occurredAt").lt(end),
                    new Criteria().orOperator(where("endedAt").is(null), where("endedAt").gte(end))));
        }
        return new Criteria().andOperator(where("clusterId").is(clusterId), where("knownAt").lte(asOf),
                new Criteria().orOperator(alternatives.toArray(Criteria[]::new)));
    }

    private static Map<EvaluationIndicator, IndicatorFigure> byIndicator(List<IndicatorFigure> figures) {
        return figures.stream().collect(Collectors.toMap(IndicatorFigure::indicator, f -> f));
    }

    private static Map<String, Long> parts(IndicatorFigure figure, FactBreakdown breakdown) {
        Map<String, Long> parts = new LinkedHashMap<>();
        figure.breakdown().stream().filter(p -> p.breakdown() == breakdown)
                .sorted(Comparator.comparing(BreakdownCount::key))
                .forEach(p -> parts.put(p.key(), p.count()));
        return parts;
    }

    private static ChangeDirection direction(long before, long after, BigDecimal amountBefore,
                                             BigDecimal amountAfter) {
        int compared = Long.compare(after, before);
        if (compared == 0 && amountBefore != null && amountAfter != null) {
            compared = amountAfter.compareTo(amountBefore);
        }
        return compared > 0 ? ChangeDirection.IMPROVED : compared < 0 ? ChangeDirection.FELL_BACK
                : ChangeDirection.UNCHANGED;
    }
}
