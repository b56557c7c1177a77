package org.clusterhub.operations.api;

/**
 * Every read model (event processor) of this node with its position, lag and running rebuild, answered with a
 * {@link ReadModelOverview}. As a subscription query it hears a new overview while a rebuild runs.
 */
public record FindReadModelsQuery() {
}
