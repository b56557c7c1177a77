package org.clusterhub.challenge.web;

/** An acceptance opinion. */
record OpinionRequest(String opinion) {
}
