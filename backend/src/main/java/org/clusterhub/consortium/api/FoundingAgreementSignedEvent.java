package org.clusterhub.consortium.api;

import java.util.List;

/** Every invitation required for founding was accepted: the founding agreement (组建协议) binds these members. */
public record FoundingAgreementSignedEvent(ConsortiumId consortiumId, List<String> foundingMembers) {
}
