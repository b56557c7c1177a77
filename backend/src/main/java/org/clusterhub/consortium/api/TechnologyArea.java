package org.clusterhub.consortium.api;

/**
 * The five areas of the industrial base that the plan (三(二)) rebuilds through 揭榜挂帅 and joint innovation
 * consortia: 基础零部件与元器件, 基础软件, 基础材料, 基础工艺, 产业技术基础.
 */
public enum TechnologyArea {
    BASIC_COMPONENTS,
    BASIC_SOFTWARE,
    BASIC_MATERIALS,
    BASIC_PROCESSES,
    INDUSTRIAL_TECHNOLOGY_BASE
}
