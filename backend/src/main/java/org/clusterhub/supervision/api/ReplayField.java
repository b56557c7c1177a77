package org.clusterhub.supervision.api;

/** One field of an aggregate's view, e.g. {@code budgetLines[line-1].amount} = {@code 120.00}. */
public record ReplayField(String path, String value) {
}
