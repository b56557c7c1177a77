package org.clusterhub.supervision.api;

/** What someone did with a replay. */
public enum ReplayAccessAction {
    /** Opened the replay (screen or API), at the point named. */
    OPENED,
    /** Downloaded the PDF report at the point named. */
    EXPORTED_PDF,
    /** Downloaded the Excel workbook at the point named. */
    EXPORTED_XLSX,
    /** Opened every event of one user action (the correlation view, ADR 018); the viewed id is the action's id. */
    CORRELATION_OPENED,
    /** Opened the provenance of the aggregate named: what it came from and what it led to (ADR 018). */
    PROVENANCE_OPENED
}
