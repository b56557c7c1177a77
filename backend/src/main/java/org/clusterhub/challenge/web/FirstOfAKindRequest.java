package org.clusterhub.challenge.web;

import org.clusterhub.challenge.api.FirstOfAKindKind;

/** A first-of-a-kind result to register. */
record FirstOfAKindRequest(FirstOfAKindKind kind, String productName, String description) {
}
