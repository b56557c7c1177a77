package org.clusterhub.supervision.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.ReportingPeriod;
import org.clusterhub.supervision.api.AccessLogId;
import org.clusterhub.supervision.api.RecordReplayAccessCommand;
import org.clusterhub.supervision.api.ReplayAccessRecordedEvent;

/**
 * One person's record of the replays they opened and exported on one day (ADR 017). Per person and day, not per
 * viewed aggregate: two people looking at the same project never contend, and a log stays short (what one person
 * does in a day), so recording stays one short read and one append however often a history is looked at.
 *
 * <p>The log checks that it is the sender's own and of the day it says: nobody writes into another's record.
 *
 * @see <a href="../../../../../../../../docs/decisions/017-replay-of-any-aggregate.md">ADR 017</a>
 */
@Aggregate
class AccessLog {

    @AggregateIdentifier
    private AccessLogId logId;
    private String username;

    /** Required by Axon to rebuild the aggregate from its events, and to create it on a person's first access. */
    AccessLog() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReplayAccessCommand command, Actor actor) {
        if (!command.logId().equals(AccessLogId.forPersonAndDay(actor.username(), command.day()))
                || username != null && !username.equals(actor.username())) {
            throw new DomainRuleViolation("supervision.error.accessLogOfAnother", "logId");
        }
        Instant now = GenericEventMessage.clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ReportingPeriod.SHANGHAI);
        // A request sent just before midnight may arrive just after it.
        if (command.day().isAfter(today) || command.day().isBefore(today.minusDays(1))) {
            throw new DomainRuleViolation("supervision.error.accessLogOfAnotherDay", "day");
        }
        apply(new ReplayAccessRecordedEvent(command.logId(), actor.username(), command.day(),
                command.viewedAggregateId(), command.viewedAggregateType(), command.viewedTitle(),
                command.owningClusterId(), command.action(), command.sequenceNumber(), now));
    }

    @EventSourcingHandler
    void on(ReplayAccessRecordedEvent event) {
        logId = event.logId();
        username = event.username();
    }
}
