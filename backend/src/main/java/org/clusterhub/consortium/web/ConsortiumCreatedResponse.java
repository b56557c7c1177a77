package org.clusterhub.consortium.web;

import org.clusterhub.consortium.api.ConsortiumId;

/** The new consortium's id and version. */
record ConsortiumCreatedResponse(ConsortiumId consortiumId, long version) {
}
