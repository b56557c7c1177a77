package org.clusterhub.zone.api;

/**
 * Where a zone stands in its creation, as the plan manages it dynamically (二(二)): the province recommends the best
 * in batches for national creation. Display names live in the message bundles under {@code zone.status.<NAME>}.
 */
public enum ZoneCreationStatus {
    /** 省级创建: created in the province, not (yet) put forward. */
    PROVINCIAL_CREATION,
    /** 择优推荐参加国家级创建: recommended in a batch for the national creation process. */
    RECOMMENDED_FOR_NATIONAL,
    /** 国家级创建中: taking part in the national creation process. */
    NATIONAL_CREATION,
    /** 创建成功（国家级）: created at national level. */
    CREATED_NATIONAL,
    /** 未入选: not selected, with the reason. */
    NOT_SELECTED,
    /** 重新申报: applies again after not being selected; may be recommended in a later batch. */
    REAPPLIED;

    /** Whether a batch may recommend a zone in this status. */
    public boolean mayBeRecommended() {
        return this == PROVINCIAL_CREATION || this == REAPPLIED;
    }
}
