package org.clusterhub.subsidy.api;

import java.math.BigDecimal;
import java.util.List;

/** One page of grants, how many match in all, and what they add up to (万元). */
public record GrantPage(List<GrantView> items, long total, BigDecimal granted, BigDecimal paid) {
}
