package org.clusterhub.project.web;

import org.clusterhub.project.api.ChangeKind;
import org.clusterhub.project.api.ChangeProposal;

/** A change request for an approved project; the server generates its id. */
record ChangeRequestRequest(ChangeKind kind, String reason, ChangeProposal proposal) {
}
