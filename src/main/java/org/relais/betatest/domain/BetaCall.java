package org.relais.betatest.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A call for beta-testers, opened by a project holder (any member, possibly for a place or an
 * organisation): what to test, the scenarios, the profile wanted, the slots, the calendar, an
 * optional reward in hours per accepted report, and who may read the results.
 */
@Entity
@Table(name = "beta_call")
public class BetaCall {
    public static final int TITLE_MAX = 150;
    public static final int PRODUCT_MAX = 150;
    public static final int ORGANISATION_MAX = 150;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int RESPONSE_MAX = 10000;
    public static final int SLOTS_MAX = 200;
    public static final int SCENARIOS_MAX = 20;
    public static final int TAGS_MAX = 5;
    public static final long REWARD_MAX_MINUTES = 10 * 60;

    /** What the holder writes when opening a call. */
    public record Content(
            String title,
            String product,
            String organisation,
            Long placeId,
            String description,
            List<Scenario> scenarios,
            Criteria criteria,
            Set<String> tags,
            int slots,
            CallSchedule schedule,
            long rewardMinutes,
            Confidentiality confidentiality) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "place_id")
    private Long placeId;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(nullable = false, length = PRODUCT_MAX)
    private String product;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 200)
    private String audiences;

    @Column(nullable = false, length = 100)
    private String devices;

    @Column(nullable = false, length = 200)
    private String regions;

    @Column(nullable = false, length = 400)
    private String skills;

    @Column(nullable = false)
    private int slots;

    @Column(name = "application_deadline", nullable = false)
    private OffsetDateTime applicationDeadline;

    @Column(name = "test_start", nullable = false)
    private OffsetDateTime testStart;

    @Column(name = "test_end", nullable = false)
    private OffsetDateTime testEnd;

    @Column(name = "reward_minutes", nullable = false)
    private long rewardMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Confidentiality confidentiality;

    @Column(name = "holder_response", length = RESPONSE_MAX)
    private String holderResponse;

    @Column(name = "results_published_at")
    private OffsetDateTime resultsPublishedAt;

    @Column(name = "reminder_sent_at")
    private OffsetDateTime reminderSentAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "waiting_told_at")
    private OffsetDateTime waitingToldAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beta_scenario", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Scenario> scenarios = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beta_call_tag", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    @Version private long version;

    protected BetaCall() {}

    public BetaCall(long holderId, Content content, Instant now) {
        this.holderId = holderId;
        this.createdAt = at(now);
        this.placeId = content.placeId();
        this.organisation = content.organisation();
        this.product = Objects.requireNonNull(content.product());
        this.title = Objects.requireNonNull(content.title());
        this.description = Objects.requireNonNull(content.description());
        this.scenarios = new ArrayList<>(content.scenarios());
        Criteria criteria = content.criteria();
        this.audiences = Codes.joinCoded(criteria.audiences());
        this.devices = Codes.joinCoded(criteria.devices());
        this.regions = Codes.join(criteria.regions());
        this.skills = Codes.join(criteria.skills());
        this.tags = new LinkedHashSet<>(content.tags());
        this.slots = content.slots();
        this.applicationDeadline = at(content.schedule().applicationDeadline());
        this.testStart = at(content.schedule().testStart());
        this.testEnd = at(content.schedule().testEnd());
        this.rewardMinutes = content.rewardMinutes();
        this.confidentiality = Objects.requireNonNull(content.confidentiality());
    }

    /**
     * The holder ends the application period now, e.g. once there are enough applicants; the test
     * period keeps its dates.
     */
    public void closeApplications(Instant now) {
        if (phase(now) == CallSchedule.Phase.APPLICATIONS) {
            applicationDeadline = at(now);
        }
    }

    /** The holder starts the tests now, ending the application period if it was still open. */
    public void startTesting(Instant now) {
        CallSchedule.Phase phase = phase(now);
        if (phase == CallSchedule.Phase.APPLICATIONS || phase == CallSchedule.Phase.SELECTION) {
            closeApplications(now);
            testStart = at(now);
        }
    }

    /** Closing ends the call: no more selections or reports; unused reward holds go back. */
    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = at(now);
        }
    }

    /** Publishes the results with the holder's answer ("what we changed"). */
    public void publishResults(String response, Instant now) {
        this.holderResponse = response;
        this.resultsPublishedAt = at(now);
    }

    /** The applicants not selected were told, once, that the tests started without them. */
    public void waitingTold(Instant now) {
        this.waitingToldAt = at(now);
    }

    public boolean waitingWereTold() {
        return waitingToldAt != null;
    }

    public void remindersSent(Instant now) {
        this.reminderSentAt = at(now);
    }

    public boolean isHolder(long accountId) {
        return holderId == accountId;
    }

    /** Whether results may be shown to someone other than the holder now. */
    public boolean resultsVisibleToOthers(Instant now) {
        return resultsPublishedAt != null
                && confidentiality.resultsPublicAt(now, testEnd.toInstant());
    }

    public CallSchedule schedule() {
        return new CallSchedule(
                applicationDeadline.toInstant(), testStart.toInstant(), testEnd.toInstant());
    }

    /** The phase, ended early when the holder closed the call. */
    public CallSchedule.Phase phase(Instant now) {
        return closedAt != null ? CallSchedule.Phase.CLOSED : schedule().phase(now);
    }

    public Criteria criteria() {
        return new Criteria(
                Codes.split(audiences, Audience::fromCode),
                Codes.split(devices, Device::fromCode),
                Codes.split(regions, code -> code),
                Codes.split(skills, code -> code));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long holderId() {
        return holderId;
    }

    public Long placeId() {
        return placeId;
    }

    public String organisation() {
        return organisation;
    }

    public String product() {
        return product;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public int slots() {
        return slots;
    }

    public long rewardMinutes() {
        return rewardMinutes;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public String holderResponse() {
        return holderResponse;
    }

    public OffsetDateTime resultsPublishedAt() {
        return resultsPublishedAt;
    }

    public OffsetDateTime reminderSentAt() {
        return reminderSentAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
