package org.clusterhub.project.api;

/** Where a project stands in the lifecycle of a provincial special-fund project. */
public enum ProjectStatus {
    /** 草稿: being written; sections are editable. */
    DRAFT,
    /** 已申报: waiting for the city's first review (初审). */
    SUBMITTED,
    /** 退回修改: returned by the city or the province; editable again, then resubmitted. */
    RETURNED,
    /** 市级推荐: recommended by the city, waiting for the expert panel to be drawn. */
    RECOMMENDED,
    /** 专家评审 */
    EXPERT_REVIEW,
    /** 待省级决策 */
    AWAITING_DECISION,
    /** 公示 */
    PUBLICITY,
    /** 立项实施 */
    IN_PROGRESS,
    /** 中期评估 */
    MIDTERM_EVALUATION,
    /** 验收 */
    ACCEPTANCE,
    /** 绩效评价 */
    PERFORMANCE_ASSESSMENT,
    /** 结项 */
    CLOSED,
    /** 不予立项 */
    REJECTED,
    /** 撤回 */
    WITHDRAWN,
    /** 暂停 */
    SUSPENDED,
    /** 终止 */
    TERMINATED;

    /** Sections, budget lines, milestones and indicators may be edited directly (later only by change request). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Before approval (立项): the owner may still withdraw. */
    public boolean isBeforeApproval() {
        return ordinal() <= PUBLICITY.ordinal();
    }

    /** Approved and not yet finished: progress, expenditure and change requests apply. */
    public boolean isUnderway() {
        return this == IN_PROGRESS || this == MIDTERM_EVALUATION || this == ACCEPTANCE;
    }

    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == WITHDRAWN || this == TERMINATED;
    }
}
