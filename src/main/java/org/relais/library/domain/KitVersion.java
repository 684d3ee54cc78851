package org.relais.library.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a kit, immutable once recorded: the licence it is offered under, where the work
 * comes from (origin kind and its details), the extra grants by field of use and whether the
 * depositor acts for a public body. Contracts name a version, never a kit, so that what was granted
 * stays exactly what was deposited.
 */
@Entity
@Table(name = "kit_version")
public class KitVersion {
    public static final int CHANGES_MAX = 2000;
    public static final int CO_AUTHORS_MAX = 500;
    public static final int OWNER_MAX = 300;
    public static final int DETAIL_MAX = 1000;
    public static final int AI_TOOL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kit_id", nullable = false)
    private long kitId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = CHANGES_MAX)
    private String changes;

    @Column(name = "licence_id", nullable = false, length = 60)
    private String licenceId;

    @Column(name = "origin_kind", nullable = false, length = 20)
    private String originKind;

    @Column(name = "co_authors", length = CO_AUTHORS_MAX)
    private String coAuthors;

    @Column(name = "co_authors_agree", nullable = false)
    private boolean coAuthorsAgree;

    @Column(name = "third_party_owner", length = OWNER_MAX)
    private String thirdPartyOwner;

    @Column(name = "third_party_permission", length = DETAIL_MAX)
    private String thirdPartyPermission;

    @Column(name = "ai_tool", length = AI_TOOL_MAX)
    private String aiTool;

    @Column(name = "ai_part", length = DETAIL_MAX)
    private String aiPart;

    @Column(name = "public_domain_reason", length = DETAIL_MAX)
    private String publicDomainReason;

    @Column(name = "public_body", nullable = false)
    private boolean publicBody;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /**
     * Field of use (the name of LICENSING's {@code FieldOfUse}) → GRANTED, REFUSED or ON_REQUEST.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kit_grant", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "field_of_use", length = 40)
    @Column(name = "answer", length = 12)
    private Map<String, String> grants = new LinkedHashMap<>();

    /** For an adaptation of kits of the library: their ids, in the order the depositor gave. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kit_version_source", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "source_order")
    @Column(name = "source_kit_id")
    private List<Long> sources = new ArrayList<>();

    /**
     * The attribution block of the sources as the remix check gave it when the version was made.
     */
    @Column(name = "sources_attribution")
    private String sourcesAttribution;

    protected KitVersion() {}

    public KitVersion(
            long kitId,
            int number,
            String changes,
            String licenceId,
            Origin origin,
            boolean publicBody,
            Map<String, String> grants,
            String sourcesAttribution,
            OffsetDateTime now) {
        this.kitId = kitId;
        this.number = number;
        this.changes = changes == null ? "" : changes;
        this.licenceId = Objects.requireNonNull(licenceId);
        this.originKind = origin.kind().name();
        this.coAuthors = origin.kind() == Origin.Kind.CO_AUTHORS ? origin.names() : null;
        this.coAuthorsAgree = origin.agreementConfirmed();
        this.thirdPartyOwner = origin.kind() == Origin.Kind.THIRD_PARTY ? origin.names() : null;
        this.thirdPartyPermission = origin.existingPermission();
        this.aiTool = origin.aiTool();
        this.aiPart = origin.aiPart();
        this.publicDomainReason = origin.publicDomainReason();
        this.sources = new ArrayList<>(origin.sources());
        this.sourcesAttribution = sourcesAttribution;
        this.publicBody = publicBody;
        this.grants = new LinkedHashMap<>(grants);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long kitId() {
        return kitId;
    }

    public int number() {
        return number;
    }

    public String changes() {
        return changes;
    }

    public String licenceId() {
        return licenceId;
    }

    public Origin origin() {
        return new Origin(
                Origin.Kind.valueOf(originKind),
                coAuthors != null ? coAuthors : thirdPartyOwner,
                coAuthorsAgree,
                thirdPartyPermission,
                aiTool,
                aiPart,
                publicDomainReason,
                sources);
    }

    /** The sources' attribution block (one line per source), null for an original work. */
    public String sourcesAttribution() {
        return sourcesAttribution;
    }

    public boolean publicBody() {
        return publicBody;
    }

    public Map<String, String> grants() {
        return Map.copyOf(grants);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
