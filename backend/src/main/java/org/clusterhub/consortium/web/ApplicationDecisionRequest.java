package org.clusterhub.consortium.web;

import org.clusterhub.consortium.api.MemberRole;

/** Admit with a role, or reject with a reason. */
record ApplicationDecisionRequest(boolean admit, MemberRole role, String reason) {
}
