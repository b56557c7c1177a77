package org.clusterhub.project.api;

/** Where a budget line's money comes from. */
public enum FundingSource {
    /** 省级奖补资金 (requested from the province) */
    PROVINCIAL_SUBSIDY,
    /** 市级配套资金 */
    CITY_FUNDS,
    /** 促进组织自筹 */
    OWN_FUNDS,
    /** 企业投入 */
    ENTERPRISE_FUNDS
}
