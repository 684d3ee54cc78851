package org.relais.library.domain;

/** Why a member reports a kit; a rights problem is the one that alerts moderators at once. */
public enum ReportReason {
    OUTDATED,
    ERRORS,
    DUPLICATE,
    RIGHTS
}
