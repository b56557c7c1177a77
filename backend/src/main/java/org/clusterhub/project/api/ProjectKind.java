package org.clusterhub.project.api;

/**
 * The plan's four kinds of public service projects of a promotion organization (三(六)) and the four kinds of major
 * projects carried by leading enterprises (四(二)).
 */
public enum ProjectKind {
    /** 公共实体项目 */
    PUBLIC_ENTITY,
    /** 公共服务平台项目 */
    PUBLIC_SERVICE_PLATFORM,
    /** 公共服务活动 */
    PUBLIC_SERVICE_ACTIVITY,
    /** 促进组织自身建设 */
    CAPACITY_BUILDING,
    /** 产业基础能力提升 */
    FOUNDATION_CAPABILITY,
    /** 产业改造升级 */
    TRANSFORMATION_UPGRADING,
    /** 科技协同创新 */
    COLLABORATIVE_INNOVATION,
    /** 建链补链延链强链 */
    CHAIN_BUILDING;

    public boolean isPublicService() {
        return ordinal() <= CAPACITY_BUILDING.ordinal();
    }
}
