package org.clusterhub.consortium.api;

/**
 * Where an organization comes from, seen from the consortium's cluster. The plan lets enterprises from other,
 * non-adjacent regions join and share the policies; those name their region.
 */
public enum MemberOrigin {
    SAME_CLUSTER,
    OTHER_CLUSTER,
    OUTSIDE_REGION
}
