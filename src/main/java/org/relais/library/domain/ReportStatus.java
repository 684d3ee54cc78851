package org.relais.library.domain;

/** A report is open until a moderator upholds or dismisses it. */
public enum ReportStatus {
    OPEN,
    UPHELD,
    DISMISSED
}
