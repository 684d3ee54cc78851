package org.relais.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A link given with a kit version (a video, an online resource the workshop uses). */
@Entity
@Table(name = "kit_link")
public class KitLink {
    public static final int URL_MAX = 2000;
    public static final int LABEL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected KitLink() {}

    public KitLink(long versionId, String url, String label) {
        this.versionId = versionId;
        this.url = Objects.requireNonNull(url);
        this.label = Objects.requireNonNull(label);
    }

    public long versionId() {
        return versionId;
    }

    public String url() {
        return url;
    }

    public String label() {
        return label;
    }
}
