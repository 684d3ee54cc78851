package org.relais.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One declared use of one exact kit version, with the engine's verdict. A use that is not covered
 * may be sent to the author ({@link #sendToAuthor}), who grants it, with conditions and a period,
 * or refuses it with a message; each step happens once.
 */
@Entity
@Table(name = "usage_request")
public class UsageRequest {
    public static final int NAME_MAX = 200;
    public static final int PLACES_MAX = 500;
    public static final int MESSAGE_MAX = 2000;

    public enum Status {
        EVALUATED,
        PENDING,
        GRANTED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kit_id", nullable = false)
    private long kitId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "requester_id")
    private Long requesterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind", nullable = false, length = 12)
    private Requester.Kind requesterKind;

    @Column(name = "requester_name", nullable = false, length = NAME_MAX)
    private String requesterName;

    @Column(name = "public_body", nullable = false)
    private boolean publicBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_context", nullable = false, length = 30)
    private UseContext context;

    @Column(nullable = false)
    private boolean commercial;

    @Column(nullable = false)
    private boolean reproduce;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Distribution distribution;

    @Column(nullable = false, length = 60)
    private String adaptations;

    @Column(name = "public_screening", nullable = false)
    private boolean publicScreening;

    @Column(name = "audience_size")
    private Integer audienceSize;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(length = PLACES_MAX)
    private String places;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Verdict verdict;

    @Column(nullable = false, length = 1000)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(name = "author_message", length = MESSAGE_MAX)
    private String authorMessage;

    @Column(length = MESSAGE_MAX)
    private String conditions;

    @Column(name = "grant_from")
    private LocalDate grantFrom;

    @Column(name = "grant_to")
    private LocalDate grantTo;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version private long version;

    protected UsageRequest() {}

    public UsageRequest(
            long kitId,
            long versionId,
            Long requesterId,
            Requester requester,
            IntendedUse use,
            Evaluation evaluation,
            OffsetDateTime now) {
        this.kitId = kitId;
        this.versionId = versionId;
        this.requesterId = requesterId;
        this.requesterKind = requester.kind();
        this.requesterName = requester.name();
        this.publicBody = requester.publicBody();
        this.context = use.context();
        this.commercial = use.commercial();
        this.reproduce = use.reproduce();
        this.distribution = use.distribution();
        this.adaptations =
                use.adaptations().stream()
                        .sorted()
                        .map(Enum::name)
                        .collect(Collectors.joining(","));
        this.publicScreening = use.publicScreening();
        this.audienceSize = use.audienceSize();
        this.periodFrom = use.from();
        this.periodTo = use.to();
        this.places = use.places();
        this.verdict = evaluation.verdict();
        this.reasons = String.join(" ", evaluation.reasonCodes());
        this.status = Status.EVALUATED;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The requester asks the author for what the licence does not permit. */
    public void sendToAuthor(String text) {
        if (status != Status.EVALUATED || verdict == Verdict.COVERED) {
            throw new IllegalStateException("only an uncovered, unsent request goes to the author");
        }
        this.message = text;
        this.status = Status.PENDING;
    }

    public void grant(
            long authorId,
            String authorConditions,
            LocalDate from,
            LocalDate to,
            OffsetDateTime now) {
        decide(Status.GRANTED, authorId, now);
        this.conditions = authorConditions;
        this.grantFrom = from;
        this.grantTo = to;
    }

    public void refuse(long authorId, String text, OffsetDateTime now) {
        decide(Status.REFUSED, authorId, now);
        this.authorMessage = text;
    }

    private void decide(Status decision, long authorId, OffsetDateTime now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("request " + id + " is " + status + ", not pending");
        }
        this.status = decision;
        this.decidedBy = authorId;
        this.decidedAt = Objects.requireNonNull(now);
    }

    public IntendedUse use() {
        Set<Adaptation> adapted = EnumSet.noneOf(Adaptation.class);
        if (!adaptations.isEmpty()) {
            Arrays.stream(adaptations.split(",")).map(Adaptation::valueOf).forEach(adapted::add);
        }
        return new IntendedUse(
                context,
                commercial,
                reproduce,
                distribution,
                adapted,
                publicScreening,
                audienceSize,
                periodFrom,
                periodTo,
                places);
    }

    public Requester requester() {
        return new Requester(requesterKind, requesterName, publicBody);
    }

    public Long id() {
        return id;
    }

    public long kitId() {
        return kitId;
    }

    public long versionId() {
        return versionId;
    }

    public Long requesterId() {
        return requesterId;
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<String> reasonCodes() {
        return reasons.isEmpty() ? List.of() : List.of(reasons.split(" "));
    }

    public Status status() {
        return status;
    }

    public String message() {
        return message;
    }

    public String authorMessage() {
        return authorMessage;
    }

    public String conditions() {
        return conditions;
    }

    public LocalDate grantFrom() {
        return grantFrom;
    }

    public LocalDate grantTo() {
        return grantTo;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
