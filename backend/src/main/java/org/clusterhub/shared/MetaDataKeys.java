package org.clusterhub.shared;

/** Keys of the metadata every command and event carries (besides Axon's correlationId and traceId). */
public final class MetaDataKeys {
    public static final String USER_ID = "userId";
    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String ORGANIZATION = "organization";
    public static final String CITY = "city";
    public static final String CLUSTER_IDS = "clusterIds";
    /** Axon's id of the message that directly caused this one (MessageOriginProvider): the causation. */
    public static final String CORRELATION_ID = "correlationId";
    /** Axon's id of the root message: the command the person sent; groups everything one user action caused. */
    public static final String TRACE_ID = "traceId";
    public static final String REASON = "reason";

    private MetaDataKeys() {
    }
}
