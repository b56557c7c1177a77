package org.clusterhub.subsidy.api;

/** What a funding programme rewards or supports (奖补类别); labels under {@code subsidy.kind.*}. */
public enum ProgrammeKind {
    /** Awards to promotion organizations whose clusters win the national competition (国家级集群竞赛奖励). */
    NATIONAL_CLUSTER_AWARD,
    /** Awards to zones created at national level (国家级试验区示范区奖励). */
    NATIONAL_ZONE_AWARD,
    /** Subsidies for projects of the provincial project library (项目库项目补助). */
    PROJECT_SUBSIDY,
    /** Any other provincial award or subsidy. */
    OTHER
}
