package org.clusterhub.consortium.api;

/** The five areas of the industrial base the plan (三(二)) rebuilds through 揭榜挂帅 and innovation consortia. */
public enum TechnologyArea {
    BASIC_COMPONENTS,
    BASIC_SOFTWARE,
    BASIC_MATERIALS,
    BASIC_PROCESSES,
    INDUSTRIAL_TECHNOLOGY_BASE
}
