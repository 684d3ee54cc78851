package org.relais.betatest.domain;

import java.time.Instant;

/**
 * An application as the selection sees it: its status, how it matches the criteria, and whether the
 * applicant left a previous call without reporting (selected, never reported).
 */
public record Applicant(
        long applicationId,
        ApplicationStatus status,
        CriteriaMatch match,
        boolean missedPreviousReport,
        Instant appliedAt) {}
