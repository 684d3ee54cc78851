package org.relais.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A member's report about a kit, open until a moderator upholds or dismisses it. */
@Entity
@Table(name = "kit_report")
public class KitReport {
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kit_id", nullable = false)
    private long kitId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportReason reason;

    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    protected KitReport() {}

    public KitReport(
            long kitId, long memberId, ReportReason reason, String comment, OffsetDateTime now) {
        this.kitId = kitId;
        this.memberId = memberId;
        this.reason = Objects.requireNonNull(reason);
        this.comment = comment == null ? "" : comment;
        this.status = ReportStatus.OPEN;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A moderator's decision: upheld (the report was right) or dismissed. */
    public void review(boolean upheld, long moderatorId, OffsetDateTime now) {
        this.status = upheld ? ReportStatus.UPHELD : ReportStatus.DISMISSED;
        this.reviewedBy = moderatorId;
        this.reviewedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long kitId() {
        return kitId;
    }

    public long memberId() {
        return memberId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String comment() {
        return comment;
    }

    public ReportStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** When a moderator reviewed it, null while open. */
    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }
}
