package org.clusterhub.cluster.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.clusterhub.cluster.api.AddMemberOrganizationCommand;
import org.clusterhub.cluster.api.AssessNationallyLeadingCommand;
import org.clusterhub.cluster.api.ClusterAssessedNationallyLeadingEvent;
import org.clusterhub.cluster.api.NationallyLeadingAssessmentWithdrawnEvent;
import org.clusterhub.cluster.api.WithdrawNationallyLeadingCommand;
import org.clusterhub.cluster.api.ChangeClusterLevelCommand;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.ClusterLevelChangedEvent;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.ClusterRetiredEvent;
import org.clusterhub.cluster.api.CompetitionOutcome;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.cluster.api.MemberOrganizationRemovedEvent;
import org.clusterhub.cluster.api.NationalCompetitionApplicationRecordedEvent;
import org.clusterhub.cluster.api.NationalCompetitionResultRecordedEvent;
import org.clusterhub.cluster.api.OrganizationId;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.PromotionOrganizationReplacedEvent;
import org.clusterhub.cluster.api.RecordNationalCompetitionApplicationCommand;
import org.clusterhub.cluster.api.RecordNationalCompetitionResultCommand;
import org.clusterhub.cluster.api.RegisterClusterCommand;
import org.clusterhub.cluster.api.RemoveMemberOrganizationCommand;
import org.clusterhub.cluster.api.ReplacePromotionOrganizationCommand;
import org.clusterhub.cluster.api.RetireClusterCommand;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;

/**
 * An advanced manufacturing cluster under provincial cultivation. Holds only what its decisions need: level,
 * promotion organization, whether it is retired, a pending competition round, and its members' names and cities.
 */
@Aggregate
class Cluster {

    @AggregateIdentifier
    private ClusterId clusterId;
    private ClusterLevel level;
    private PromotionOrganization promotionOrganization;
    private boolean retired;
    private Integer pendingCompetitionRound;
    private boolean nationallyLeading;
    private final Map<OrganizationId, Member> members = new HashMap<>();

    /** Required by Axon to rebuild the aggregate from its events before handling a command. */
    Cluster() {
    }

    @CommandHandler
    Cluster(RegisterClusterCommand command) {
        apply(new ClusterRegisteredEvent(command.clusterId(), command.planNumber(), command.code(),
                command.nameZh().strip(), blankToNull(command.nameEn()), command.level(),
                command.promotionOrganization(), command.centerCities(), command.keyCities(),
                command.radiatedCities(), command.leadingEnterprises(), command.supportingPlatforms(),
                command.focusAreas(), command.focusAreasEn()));
    }

    @CommandHandler
    void handle(ChangeClusterLevelCommand command) {
        requireActive();
        if (command.level() == level) {
            throw new DomainRuleViolation("cluster.error.levelUnchanged", "level");
        }
        apply(new ClusterLevelChangedEvent(clusterId, level, command.level(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ReplacePromotionOrganizationCommand command) {
        requireActive();
        if (command.promotionOrganization().nameZh().strip().equals(promotionOrganization.nameZh())) {
            throw new DomainRuleViolation("cluster.error.promotionOrganizationUnchanged", "promotionOrganization");
        }
        apply(new PromotionOrganizationReplacedEvent(clusterId, promotionOrganization,
                new PromotionOrganization(command.promotionOrganization().nameZh().strip(),
                        blankToNull(command.promotionOrganization().nameEn())),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordNationalCompetitionApplicationCommand command) {
        requireActive();
        if (pendingCompetitionRound != null) {
            throw new DomainRuleViolation("cluster.error.competitionPending", "round", pendingCompetitionRound);
        }
        apply(new NationalCompetitionApplicationRecordedEvent(clusterId, command.round(),
                command.description().strip()));
    }

    @CommandHandler
    void handle(RecordNationalCompetitionResultCommand command) {
        requireActive();
        if (pendingCompetitionRound == null) {
            throw new DomainRuleViolation("cluster.error.noCompetitionPending", "outcome");
        }
        int round = pendingCompetitionRound;
        apply(new NationalCompetitionResultRecordedEvent(clusterId, round, command.outcome(),
                blankToNull(command.note())));
        if (command.outcome() == CompetitionOutcome.WON && level != ClusterLevel.NATIONAL) {
            // Winning the national competition is what makes a cluster national (plan 二(一)).
            apply(new ClusterLevelChangedEvent(clusterId, level, ClusterLevel.NATIONAL,
                    "national-competition:" + round));
        }
    }

    /** Only a provincial cluster can be nationally leading: a national one already counts toward the higher target. */
    @CommandHandler
    void handle(AssessNationallyLeadingCommand command) {
        requireActive();
        if (level != ClusterLevel.PROVINCIAL) {
            throw new DomainRuleViolation("cluster.error.leadingNotProvincial", "reason");
        }
        if (nationallyLeading) {
            throw new DomainRuleViolation("cluster.error.alreadyLeading", "reason");
        }
        apply(new ClusterAssessedNationallyLeadingEvent(clusterId, command.reason().strip()));
    }

    @CommandHandler
    void handle(WithdrawNationallyLeadingCommand command) {
        requireActive();
        if (!nationallyLeading) {
            throw new DomainRuleViolation("cluster.error.notLeading", "reason");
        }
        apply(new NationallyLeadingAssessmentWithdrawnEvent(clusterId, command.reason().strip()));
    }

    @CommandHandler
    void handle(RetireClusterCommand command) {
        requireActive();
        apply(new ClusterRetiredEvent(clusterId, command.reason().strip()));
    }

    @CommandHandler
    void handle(AddMemberOrganizationCommand command) {
        requireActive();
        OrganizationId organizationId = command.organizationId();
        if (members.containsKey(organizationId)) {
            throw new DomainRuleViolation("cluster.error.alreadyMember", "creditCode", command.creditCode());
        }
        apply(new MemberOrganizationAddedEvent(clusterId, organizationId, command.name().strip(), command.kind(),
                command.city(), command.chainPosition(), command.creditCode()));
    }

    @CommandHandler
    void handle(RemoveMemberOrganizationCommand command) {
        requireActive();
        Member member = members.get(command.organizationId());
        if (member == null) {
            throw new DomainRuleViolation("cluster.error.notMember", "organizationId");
        }
        if (member.city() != command.city()) {
            // The command was authorized for the declared city; it must be the member's real one.
            throw new DomainRuleViolation("cluster.error.memberCityMismatch", "city");
        }
        apply(new MemberOrganizationRemovedEvent(clusterId, command.organizationId(), member.name(), member.city(),
                blankToNull(command.reason())));
    }

    private void requireActive() {
        if (retired) {
            throw new DomainRuleViolation("cluster.error.retired", null);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ClusterRegisteredEvent event) {
        clusterId = event.clusterId();
        level = event.level();
        promotionOrganization = event.promotionOrganization();
    }

    @EventSourcingHandler
    void on(ClusterLevelChangedEvent event) {
        level = event.level();
    }

    @EventSourcingHandler
    void on(PromotionOrganizationReplacedEvent event) {
        promotionOrganization = event.promotionOrganization();
    }

    @EventSourcingHandler
    void on(NationalCompetitionApplicationRecordedEvent event) {
        pendingCompetitionRound = event.round();
    }

    @EventSourcingHandler
    void on(NationalCompetitionResultRecordedEvent event) {
        pendingCompetitionRound = null;
    }

    @EventSourcingHandler
    void on(ClusterAssessedNationallyLeadingEvent event) {
        nationallyLeading = true;
    }

    @EventSourcingHandler
    void on(NationallyLeadingAssessmentWithdrawnEvent event) {
        nationallyLeading = false;
    }

    @EventSourcingHandler
    void on(ClusterRetiredEvent event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(MemberOrganizationAddedEvent event) {
        members.put(event.organizationId(), new Member(event.name(), event.city()));
    }

    @EventSourcingHandler
    void on(MemberOrganizationRemovedEvent event) {
        members.remove(event.organizationId());
    }

    private record Member(String name, City city) {
    }
}
