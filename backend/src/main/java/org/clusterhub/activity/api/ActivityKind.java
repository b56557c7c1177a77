package org.clusterhub.activity.api;

/** The kinds of public service activity a promotion organization holds. */
public enum ActivityKind {
    /** 供需对接 / 产业链对接 */
    MATCHMAKING,
    /** 企业转型培训, 技能人才 */
    TRAINING,
    /** 展会, 网络化展销 */
    EXHIBITION,
    OTHER
}
