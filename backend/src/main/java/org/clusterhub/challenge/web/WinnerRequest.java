package org.clusterhub.challenge.web;

/** The bid chosen as winner; a reason is required unless it is the top-ranked one. */
record WinnerRequest(String bidId, String reason) {
}
