package org.relais.betatest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A screenshot joined to a report. Screenshots often show a tester's personal data (an account, an
 * appointment), so they never appear on results pages: only the holder and the tester see them.
 */
@Entity
@Table(name = "beta_screenshot")
public class Screenshot {
    /** How many screenshots one report may carry. */
    public static final int PER_REPORT_MAX = 5;

    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected Screenshot() {}

    public Screenshot(
            long reportId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            Instant now) {
        this.reportId = reportId;
        this.fileName =
                fileName.length() > FILE_NAME_MAX ? fileName.substring(0, FILE_NAME_MAX) : fileName;
        this.mediaType = Objects.requireNonNull(mediaType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
