package org.clusterhub.subsidy.api;

import java.util.List;

/** One page of programmes, how many match in all, and their totals. */
public record FundingProgrammePage(List<FundingProgrammeSummary> items, long total, FundingTotals totals) {
}
