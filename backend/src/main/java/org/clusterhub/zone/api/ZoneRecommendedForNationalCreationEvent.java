package org.clusterhub.zone.api;

/**
 * The zone was recommended for national creation in batch {@code batchId}, for the batch's {@code reasons}.
 */
public record ZoneRecommendedForNationalCreationEvent(ZoneId zoneId, ZoneBatchId batchId, String batchName,
                                                      String reasons, ZoneCreationStatus previousStatus) {
}
