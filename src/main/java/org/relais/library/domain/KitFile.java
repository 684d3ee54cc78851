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
 * A file of a kit version. The bytes live in the file store under their SHA-256; the same file
 * carried over to a later version is a new row pointing at the same bytes. Text extraction fills
 * {@code extractedText} (or {@code extractionFailure}) later, for the search index.
 */
@Entity
@Table(name = "kit_file")
public class KitFile {
    public static final int NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "extraction_failure", length = 40)
    private String extractionFailure;

    @Column(name = "extracted_at")
    private OffsetDateTime extractedAt;

    protected KitFile() {}

    public KitFile(long versionId, String fileName, String mediaType, long size, String sha256) {
        this.versionId = versionId;
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
    }

    /** Records the text extracted from the file, or why there is none ({@code text} then null). */
    public void extracted(String text, String failure, OffsetDateTime now) {
        this.extractedText = text;
        this.extractionFailure = failure;
        this.extractedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long versionId() {
        return versionId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String extractedText() {
        return extractedText;
    }

    public String extractionFailure() {
        return extractionFailure;
    }

    public OffsetDateTime extractedAt() {
        return extractedAt;
    }
}
