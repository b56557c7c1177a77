package org.clusterhub.challenge.web;

/** The offered bidder's answer. */
record OfferAnswerRequest(boolean accept, String note) {
}
