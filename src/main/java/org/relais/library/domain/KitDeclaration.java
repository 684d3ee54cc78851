package org.relais.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The depositor's declaration for a version: they hold the rights they grant and accept the deposit
 * terms of the given text version. Who and when are kept; no IP address is.
 */
@Entity
@Table(name = "kit_declaration")
public class KitDeclaration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "terms_version", nullable = false, length = 20)
    private String termsVersion;

    @Column(name = "accepted_at", nullable = false)
    private OffsetDateTime acceptedAt;

    protected KitDeclaration() {}

    public KitDeclaration(long versionId, long memberId, String termsVersion, OffsetDateTime now) {
        this.versionId = versionId;
        this.memberId = memberId;
        this.termsVersion = Objects.requireNonNull(termsVersion);
        this.acceptedAt = Objects.requireNonNull(now);
    }

    public long versionId() {
        return versionId;
    }

    public long memberId() {
        return memberId;
    }

    public String termsVersion() {
        return termsVersion;
    }

    public OffsetDateTime acceptedAt() {
        return acceptedAt;
    }
}
