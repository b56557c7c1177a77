package org.clusterhub.consortium.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.CreditCode;
import org.clusterhub.shared.validation.PlainText;

/**
 * A leading enterprise or institute proposes a joint innovation consortium (创新联合体) within a cluster and becomes
 * its lead. Sent by a member of that organization, on its behalf.
 *
 * @param keywords free technology keywords besides the area
 * @param platforms the shared platforms for R&amp;D, talent and commercialization
 * @param leadCreditCode the lead organization's unified social credit code
 * @param origin the matchmaking meeting the consortium grew out of (the meeting's "propose a consortium" action);
 *               null when proposed on its own
 */
public record ProposeConsortiumCommand(
        @TargetAggregateIdentifier @NotNull ConsortiumId consortiumId,
        @NotNull ClusterId clusterId,
        @NotBlank @Size(min = 4, max = 100) @PlainText String name,
        @NotNull TechnologyArea area,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 30) @PlainText String> keywords,
        @NotBlank @Size(min = 10, max = 4000) @PlainText String aims,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 100) @PlainText String> platforms,
        @NotBlank @Size(min = 2, max = 100) @PlainText String leadOrganization,
        @NotBlank @CreditCode String leadCreditCode,
        @NotNull OrganizationKind leadKind,
        @NotNull @Valid Commitment leadCommitment,
        @Valid ConsortiumOrigin origin) implements GuardedCommand {

    /** A consortium proposed on its own. */
    public ProposeConsortiumCommand(ConsortiumId consortiumId, ClusterId clusterId, String name, TechnologyArea area,
                                    List<String> keywords, String aims, List<String> platforms,
                                    String leadOrganization, String leadCreditCode, OrganizationKind leadKind,
                                    Commitment leadCommitment) {
        this(consortiumId, clusterId, name, area, keywords, aims, platforms, leadOrganization, leadCreditCode,
                leadKind, leadCommitment, null);
    }

    @Override
    public AccessRequirement accessRequirement() {
        // Only for one's own organization: the lead is the organization that proposes. Staff and the province do
        // not propose consortia; they register them.
        return new AccessRequirement(Set.of(Role.MEMBER, Role.SYSTEM), null, null,
                leadOrganization == null ? null : leadOrganization.strip(), false);
    }
}
