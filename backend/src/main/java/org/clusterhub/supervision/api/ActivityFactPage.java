package org.clusterhub.supervision.api;

import java.util.List;

/** A page of the events behind a figure and how many there are in all (the figure itself). */
public record ActivityFactPage(List<ActivityFact> items, long total) {
}
