package org.clusterhub.supervision.api;

/** What someone did with a replay. */
public enum ReplayAccessAction {
    /** Opened the replay (screen or API), at the point named. */
    OPENED,
    /** Downloaded the PDF report at the point named. */
    EXPORTED_PDF,
    /** Downloaded the Excel workbook at the point named. */
    EXPORTED_XLSX
}
