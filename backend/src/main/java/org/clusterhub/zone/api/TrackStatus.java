package org.clusterhub.zone.api;

/**
 * How an indicator stands against its target (the rule: {@code zone.track.rule} in the bundles, computed by the
 * zone-monitoring projection). Display names live under {@code zone.track.<NAME>}.
 */
public enum TrackStatus {
    /** Nothing reported yet. */
    NO_DATA,
    /** Only one figure: the baseline of the path, nothing to compare yet. */
    BASELINE_ONLY,
    /** The latest figure is at or beyond the straight path from the first figure to the target. */
    ON_TRACK,
    /** The latest figure is behind that path. */
    OFF_TRACK,
    /** The latest figure meets the target. */
    ACHIEVED,
    /** The deadline has passed and the latest figure does not meet the target. */
    MISSED;

    public boolean offTrack() {
        return this == OFF_TRACK || this == MISSED;
    }
}
