package org.clusterhub.consortium.api;

import java.util.List;

/** One page of the list and how many consortia match the filter in all. */
public record ConsortiumPage(List<ConsortiumSummary> items, long total) {
}
