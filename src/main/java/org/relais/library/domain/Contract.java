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
import java.time.ZoneOffset;

/**
 * An issued contract as stored: its canonical text and fingerprint, never updated (no setter, no
 * update path). The page and the PDF are rendered from {@link #document()}, the parsed text.
 */
@Entity
@Table(name = "contract")
public class Contract {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 24, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ContractDocument.Kind kind;

    @Column(name = "version_id", updatable = false)
    private Long versionId;

    @Column(name = "usage_request_id", updatable = false)
    private Long usageRequestId;

    @Column(name = "canonical_text", nullable = false, updatable = false)
    private String canonicalText;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    protected Contract() {}

    public Contract(ContractDocument document, long versionId, long usageRequestId) {
        this.number = document.number();
        this.kind = document.kind();
        this.versionId = versionId;
        this.usageRequestId = usageRequestId;
        this.canonicalText = document.canonicalForm();
        this.fingerprint = ContractDocument.sha256(canonicalText);
        this.issuedAt = document.issuedAt().atOffset(ZoneOffset.UTC);
    }

    public ContractDocument document() {
        return ContractDocument.parse(canonicalText);
    }

    /** Whether the stored text still hashes to the stored fingerprint (nobody edited the row). */
    public boolean intact() {
        return ContractDocument.sha256(canonicalText).equals(fingerprint);
    }

    public boolean matches(String claimedFingerprint) {
        return claimedFingerprint != null
                && intact()
                && fingerprint.equalsIgnoreCase(claimedFingerprint.strip());
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public ContractDocument.Kind kind() {
        return kind;
    }

    /** The kit version the contract names. */
    public Long versionId() {
        return versionId;
    }

    public Long usageRequestId() {
        return usageRequestId;
    }

    public String canonicalText() {
        return canonicalText;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }
}
