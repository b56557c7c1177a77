package org.clusterhub.challenge.api;

import java.util.List;

/** The first-of-a-kind results of one cluster, newest first. */
public record FirstOfAKindResults(List<FirstOfAKindView> items) {
}
